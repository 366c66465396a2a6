// The only module that talks to the Rust side. Every command is typed with the bindings that
// `cargo test` generates from the Rust DTOs (./bindings, committed, drift-checked in CI), and
// every failure arrives as an IpcError carrying the backend's closed `Code`.
import { i18n } from "../i18n/index.svelte";
import { convertFileSrc, invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { Code } from "./bindings/Code";
import type { Config } from "./bindings/Config";
import type { DoctorReport } from "./bindings/DoctorReport";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { ProviderId } from "./bindings/ProviderId";
import type { ProviderKeyStatus } from "./bindings/ProviderKeyStatus";
import type { KeyLocation } from "./bindings/KeyLocation";
import type { ObjectSummary } from "./bindings/ObjectSummary";
import type { VaultReport } from "./bindings/VaultReport";
import type { GalleryFacets } from "./bindings/GalleryFacets";
import type { GalleryQuery } from "./bindings/GalleryQuery";
import type { Policy } from "./bindings/Policy";
import type { PolicyPreview } from "./bindings/PolicyPreview";
import type { PurgeReport } from "./bindings/PurgeReport";
import type { RetentionInfo } from "./bindings/RetentionInfo";
import type { Deleted } from "./bindings/Deleted";
import type { ConsentStatus } from "./bindings/ConsentStatus";
import type { GenerateRequest } from "./bindings/GenerateRequest";
import type { EditRequest } from "./bindings/EditRequest";
import type { ModelSpec } from "./bindings/ModelSpec";
import type { Level } from "./bindings/Level";
import type { RefMinimize } from "./bindings/RefMinimize";
import type { SubjectCandidates } from "./bindings/SubjectCandidates";
import type { SentCopies } from "./bindings/SentCopies";
import type { CustomModel } from "./bindings/CustomModel";
import type { LedgerEntry } from "./bindings/LedgerEntry";
import type { Preview } from "./bindings/Preview";
import type { PreviewReply } from "./bindings/PreviewReply";
import type { PromptWarning } from "./bindings/PromptWarning";
import type { TaskProgress } from "./bindings/TaskProgress";
import type { TaskStatus } from "./bindings/TaskStatus";
import type { TaskSummary } from "./bindings/TaskSummary";
import type { EraseReport } from "./bindings/EraseReport";
import type { ExportProgress } from "./bindings/ExportProgress";
import type { ExportReport } from "./bindings/ExportReport";
import type { RestoreReport } from "./bindings/RestoreReport";
import type { Inventory } from "./bindings/Inventory";
import type { Selection } from "./bindings/Selection";
import type { TaskDeletion } from "./bindings/TaskDeletion";
import type { TaskDetails } from "./bindings/TaskDetails";
import type { LockStatus } from "./bindings/LockStatus";
import type { LogView } from "./bindings/LogView";
import type { Background } from "./bindings/Background";
import type { Check } from "./bindings/Check";
import type { IdPhotoOutcome } from "./bindings/IdPhotoOutcome";
import type { IdPhotoPreviewReply } from "./bindings/IdPhotoPreviewReply";
import type { IdPhotoRequest } from "./bindings/IdPhotoRequest";
import type { Geometry } from "./bindings/Geometry";
import type { Stroke } from "./bindings/Stroke";
import type { Sheet } from "./bindings/Sheet";
import type { Spec } from "./bindings/Spec";
import type { BoardSummary } from "./bindings/BoardSummary";
import type { Changed } from "./bindings/Changed";
import type { HistoryEntry } from "./bindings/HistoryEntry";
import type { PromptEntry } from "./bindings/PromptEntry";
import type { Reuse } from "./bindings/Reuse";
import type { Suggestion } from "./bindings/Suggestion";
import type { VideoModel } from "./bindings/VideoModel";
import type { VideoPreviewReply } from "./bindings/VideoPreviewReply";
import type { VideoRequest } from "./bindings/VideoRequest";

export type { CustomModel, Level, ModelSpec, RefMinimize, SentCopies, SubjectCandidates, VideoModel, VideoPreviewReply, VideoRequest };
export type { ConsentStatus, EditRequest, GenerateRequest, LedgerEntry, Preview, PreviewReply, PromptWarning };
export type { TaskProgress, TaskStatus, TaskSummary };
export type { LockStatus, LogView };
export type { BoardSummary, Changed, HistoryEntry, PromptEntry, Reuse, Suggestion };
export type { Background, Check, Geometry, IdPhotoOutcome, IdPhotoPreviewReply, IdPhotoRequest, Sheet, Spec, Stroke };
export type { EraseReport, ExportProgress, ExportReport, Inventory, RestoreReport, Selection, TaskDeletion, TaskDetails };
export type { GalleryFacets, GalleryQuery, Deleted, Policy, PolicyPreview, PurgeReport, RetentionInfo };
export type { Code, Config, DoctorReport, ErrorBody, KeyLocation, ObjectSummary, ProviderId, ProviderKeyStatus, VaultReport };
export type { Theme } from "./bindings/Theme";
export type { LogLevel } from "./bindings/LogLevel";

/** A backend failure: `code` is for branching, `message` is for people. */
export class IpcError extends Error {
  readonly code: Code;
  constructor(body: ErrorBody) {
    super(body.message);
    this.name = "IpcError";
    this.code = body.code;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ErrorBody).code === "string" &&
    typeof (value as ErrorBody).message === "string"
  );
}

/** Dispatched on `window` when a call finds the app locked. */
export const APP_LOCKED_EVENT = "seed-studio-locked";

async function call<T>(
  command: string,
  args?: Record<string, unknown> | Uint8Array,
  headers?: Record<string, string>,
): Promise<T> {
  try {
    return await invoke<T>(command, args, headers ? { headers } : undefined);
  } catch (error) {
    if (isErrorBody(error)) {
      // Locked while this call was made (idle timeout, another action): the shell shows the lock screen.
      if (error.code === "app_locked") {
        window.dispatchEvent(new CustomEvent(APP_LOCKED_EVENT));
      }
      throw new IpcError(error);
    }
    // Tauri's own refusals (e.g. a command not granted) arrive as plain strings.
    throw new IpcError({ code: "internal", message: String(error) });
  }
}

export const ipc = {
  doctor: () => call<DoctorReport>("doctor"),
  settingsGet: () => call<Config>("settings_get"),
  /** The OS's preferred languages (BCP 47), most preferred first. */
  systemLocales: () => call<string[]>("system_locales"),
  settingsSet: (config: Config) => call<Config>("settings_set", { config }),
  providerKeysList: () => call<ProviderKeyStatus[]>("provider_keys_list"),
  providerKeySet: (provider: ProviderId, key: string) => call<KeyLocation>("provider_key_set", { provider, key }),
  providerKeyDelete: (provider: ProviderId) => call<boolean>("provider_key_delete", { provider }),
  vaultStatus: () => call<VaultReport>("vault_status"),
  vaultInit: (passphrase: string | null) => call<VaultReport>("vault_init", { passphrase }),
  vaultUnlock: (passphrase: string) => call<VaultReport>("vault_unlock", { passphrase }),
  /** Filters left out are not applied. */
  objectsList: (query: Partial<GalleryQuery>) => call<ObjectSummary[]>("objects_list", { query }),
  objectsFacets: () => call<GalleryFacets>("objects_facets"),
  /** One file per call: its bytes as the raw body, its name in a header (no paths cross IPC). */
  objectImport: async (file: File) =>
    call<ObjectSummary>("object_import", new Uint8Array(await file.arrayBuffer()), {
      "x-file-name": encodeURIComponent(file.name),
    }),
  objectsDelete: (ids: string[]) => call<number>("objects_delete", { ids }),
  /** Star or unstar images (a star keeps nothing longer). */
  objectsStar: (ids: string[], starred: boolean) => call<Changed>("objects_star", { ids, starred }),
  boardsList: () => call<BoardSummary[]>("boards_list"),
  boardCreate: (name: string) => call<BoardSummary>("board_create", { name }),
  boardRename: (old: string, name: string) => call<BoardSummary>("board_rename", { old, new: name }),
  boardDelete: (name: string) => call<null>("board_delete", { name }),
  boardAdd: (name: string, ids: string[]) => call<Changed>("board_add", { name, ids }),
  boardRemove: (name: string, ids: string[]) => call<Changed>("board_remove", { name, ids }),
  promptsList: (query: string | null) => call<PromptEntry[]>("prompts_list", { query }),
  promptSave: (name: string, text: string) => call<PromptEntry>("prompt_save", { name, text }),
  promptDelete: (name: string) => call<null>("prompt_delete", { name }),
  promptHistory: () => call<HistoryEntry[]>("prompt_history"),
  promptHistoryDelete: (id: number) => call<null>("prompt_history_delete", { id }),
  promptHistoryClear: () => call<Changed>("prompt_history_clear"),
  /** An earlier task's request, to fill Create with; references gone are counted. */
  taskReuse: (taskId: string) => call<Reuse>("task_reuse", { taskId }),
  retentionGet: () => call<RetentionInfo>("retention_get"),
  retentionPreview: (policy: Policy) => call<PolicyPreview>("retention_preview", { policy }),
  retentionApply: (policy: Policy) => call<RetentionInfo>("retention_apply", { policy }),
  /** Keep a generated image longer, e.g. by "30d"; resolves to its new deadline (RFC 3339). */
  objectKeepLonger: (id: string, by: string) => call<string>("object_keep_longer", { id, by }),
  /** Minimize the references and describe what would leave; nothing is sent. */
  generatePreview: (request: GenerateRequest) => call<PreviewReply>("generate_preview", { request }),
  /** The people the on-device detector finds in image `id`, to choose the subject among. */
  subjectCandidates: (id: string) => call<SubjectCandidates>("subject_candidates", { id }),
  /** What image task `taskId` sent, rebuilt on the device and checked against the ledger. */
  taskSent: (taskId: string) => call<SentCopies>("task_sent", { taskId }),
  /** A region edit's preview; `mask` is the painted mask as base64 PNG. Sent with `generateSend`. */
  editPreview: (request: EditRequest, mask: string) => call<PreviewReply>("edit_preview", { request, mask }),
  /** Send a preview's exact bytes (or, for a provider whose preview is skipped, a request); the task id. */
  generateSend: (previewId: string | null, request: GenerateRequest | null) =>
    call<string>("generate_send", { previewId, request }),
  generateDiscardPreview: (previewId: string) => call<null>("generate_discard_preview", { previewId }),
  /** Minimize and check a video's frames and describe what would leave; nothing is sent. */
  videoPreview: (request: VideoRequest) => call<VideoPreviewReply>("video_preview", { request }),
  /** Send a video preview's exact frames (or, for a provider whose preview is skipped, a request); the task id. */
  videoSend: (previewId: string | null, request: VideoRequest | null) =>
    call<string>("video_send", { previewId, request }),
  /** The video models and what each accepts (durations, ratios, modes, sound, a last frame). */
  videoModels: () => call<VideoModel[]>("video_models"),
  promptCheck: (prompt: string) => call<PromptWarning[]>("prompt_check", { prompt }),
  /** The model catalog with the user's own models (what each accepts). */
  modelsList: (provider: ProviderId | null = null) => call<ModelSpec[]>("models_list", { provider }),
  /** A text model rewrites the idea into a detailed prompt: only `text` leaves (consent, ledger). */
  promptImprove: (provider: ProviderId, text: string) => call<Suggestion>("prompt_improve", { provider, text }),
  /** A text model writes the prompt that would recreate image `id`: one minimized copy leaves. */
  promptDescribe: (provider: ProviderId, id: string) => call<Suggestion>("prompt_describe", { provider, id }),
  tasksList: (limit: number) => call<TaskSummary[]>("tasks_list", { limit }),
  taskCancel: (taskId: string) => call<null>("task_cancel", { taskId }),
  taskRetry: (taskId: string) => call<TaskSummary>("task_retry", { taskId }),
  consentList: () => call<ConsentStatus[]>("consent_list"),
  consentGrant: (provider: ProviderId) => call<ConsentStatus>("consent_grant", { provider }),
  consentWithdraw: (provider: ProviderId) => call<ConsentStatus>("consent_withdraw", { provider }),
  ledgerList: () => call<LedgerEntry[]>("ledger_list"),
  privacyInventory: () => call<Inventory>("privacy_inventory"),
  taskShow: (taskId: string) => call<TaskDetails>("task_show", { taskId }),
  taskDelete: (taskId: string) => call<TaskDeletion>("task_delete", { taskId }),
  /** Export into ~/Pictures/Seed Studio exports, or where the user picks when `choose` (progress: "export-progress" events). */
  exportStart: (selection: Selection, zip: boolean, stripMetadata: boolean, choose = false) =>
    call<ExportReport>("export_start", { selection, zip, stripMetadata, choose }),
  exportCancel: () => call<boolean>("export_cancel"),
  /** An encrypted backup of everything; the user picks where in a native dialog. */
  backupStart: (passphrase: string) => call<ExportReport>("backup_start", { passphrase }),
  /** Restores a backup the user picks in a native dialog. */
  restoreStart: (passphrase: string) => call<RestoreReport>("restore_start", { passphrase }),
  /** Destroys the vault's key and everything else; `confirm` must be "ERASE". */
  eraseAll: (confirm: string) => call<EraseReport>("erase_all", { confirm }),
  idphotoSpecs: () => call<Spec[]>("idphoto_specs"),
  idphotoWarmUp: () => call<null>("idphoto_warm_up"),
  idphotoPreview: (photo: string, request: IdPhotoRequest) =>
    call<IdPhotoPreviewReply>("idphoto_preview", { photo, request }),
  idphotoMake: (photo: string, request: IdPhotoRequest) => call<IdPhotoOutcome>("idphoto_make", { photo, request }),
  logsRecent: () => call<LogView>("logs_recent"),
  /** A troubleshooting report with no secrets, prompts or home-folder paths. */
  diagnosticsReport: () => call<string>("diagnostics_report"),
  lockStatus: () => call<LockStatus>("lock_status"),
  appLock: () => call<LockStatus>("app_lock"),
  appUnlock: (passphrase: string) => call<LockStatus>("app_unlock", { passphrase }),
  lockPassphraseSet: (passphrase: string) => call<LockStatus>("lock_passphrase_set", { passphrase }),
  lockPassphraseClear: () => call<LockStatus>("lock_passphrase_clear"),
};

/**
 * Events the backend sends: the vault changed (refresh), a watched file failed to import,
 * retention deleted expired items (drop them), or a task moved on.
 */
export type BackendEvents = {
  "vault-changed": null;
  "import-failed": string;
  "retention-purged": PurgeReport;
  "task-progress": TaskProgress;
  "export-progress": ExportProgress;
};

/** Listen to a backend event; returns the function that stops listening. */
export function onBackendEvent<K extends keyof BackendEvents>(
  name: K,
  handler: (payload: BackendEvents[K]) => void,
): Promise<UnlistenFn> {
  return listen<BackendEvents[K]>(name, (event) => handler(event.payload));
}

// The thumb: protocol serves decrypted images from memory; it takes opaque ids only.
const THUMB_BASE = convertFileSrc("", "thumb");

/** The thumbnail URL of an image. */
export const thumbUrl = (id: string): string => `${THUMB_BASE}${id}`;
/** The full image's URL. */
export const imageUrl = (id: string): string => `${THUMB_BASE}full/${id}`;

/** A kept video for the player: answered in byte ranges, decrypted chunk by chunk. */
export const mediaUrl = (id: string): string => `${THUMB_BASE}media/${id}`;

/** A reference exactly as it will be sent (held in memory until sent or discarded). */
export const previewUrl = (previewId: string, n: number): string => `${THUMB_BASE}preview/${previewId}/${n}`;

/** A message for any thrown value. */
/** What to tell a person about a failure: a translated sentence for its code, and the core's message as detail. */
export interface Problem {
  code: Code | "unknown";
  summary: string;
  detail: string | null;
}

export function problemOf(error: unknown): Problem {
  const errors = i18n.m.errors;
  if (error instanceof IpcError) {
    return { code: error.code, summary: errors[error.code] ?? errors.unknown, detail: error.message || null };
  }
  const detail = error instanceof Error ? error.message : error == null ? null : String(error);
  return { code: "unknown", summary: errors.unknown, detail };
}

/** One line for places that can show only text (a title, a status): the sentence, then the detail. */
export function describeError(error: unknown): string {
  const p = problemOf(error);
  return p.detail ? `${p.summary} ${p.detail}` : p.summary;
}
