// The pt-BR catalog, one file per area of the window.
import common from "./common";
import errors from "./errors";
import app from "./app";
import gallery from "./gallery";
import create from "./create";
import tasks from "./tasks";
import idphoto from "./idphoto";
import privacy from "./privacy";
import settings from "./settings";
import organise from "./organise";
import mask from "./mask";
import edit from "./edit";
import models from "./models";
import levels from "./levels";
import help from "./help";
import video from "./video";

export default { common, errors, app, gallery, create, tasks, idphoto, privacy, settings, organise, mask, edit, help, models, levels, video };
