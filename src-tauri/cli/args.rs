//! The command line: every verb, flag and value, checked while parsing (a bad `--now`,
//! `--background` or object id is a usage error before anything runs).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::idphoto::compose::Background;
use crate::providers::ProviderId;

/// Seed Studio: make and edit images with AI while your photos stay yours.
///
/// Run without a command to open the app. With a command it runs headless, for scripts and
/// scheduled jobs, on the same data as the app.
#[derive(Debug, Parser)]
#[command(name = "seed-studio", version, about, long_about)]
pub struct Cli {
    /// Keep all data in DIR instead of the platform's app-data folder.
    #[arg(long, global = true, value_name = "DIR", env = crate::paths::DATA_DIR_ENV)]
    pub data_dir: Option<PathBuf>,

    /// Print results and errors as JSON on stdout.
    #[arg(long, global = true)]
    pub json: bool,

    /// Read the vault passphrase from FILE (for `init`: protect the new vault with it instead of
    /// the OS keyring). One trailing newline is ignored.
    #[arg(long, global = true, value_name = "FILE", env = "SEED_STUDIO_PASSPHRASE_FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Without a command: start with the window hidden in the system tray (how the login item
    /// starts Seed Studio, so deletions happen on time).
    #[arg(long)]
    pub in_tray: bool,

    /// What to do; none opens the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless verbs.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Report the data folder, config, version, whether the OS keyring works, and the vault.
    Doctor,
    /// Create the encrypted vault in the data folder. Its key goes to the OS keyring, or with
    /// --passphrase-file into a passphrase-sealed key file (Argon2id).
    Init,
    /// Replace the vault's master key: data keys are re-wrapped, the index is re-encrypted, and
    /// the old key is deleted from the keyring. Close the app first.
    RotateKey,
    /// Import image files into the vault as originals (JPEG, PNG, WebP, GIF, TIFF, BMP).
    /// Originals are deleted 24 hours after import at the latest.
    Import {
        /// The files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Delete each file once its copy in the vault has been read back and verified.
        #[arg(long)]
        delete_source: bool,
    },
    /// List the vault's images, newest first.
    List {
        /// Only objects whose file name, tags or prompt contain words starting like these.
        #[arg(long, value_name = "TEXT")]
        query: Option<String>,
        /// Only originals (imported), only outputs (generated), or only videos.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Only starred images.
        #[arg(long)]
        starred: bool,
        /// Only images on this board.
        #[arg(long, value_name = "NAME")]
        board: Option<String>,
    },
    /// Star images (favourites). A star does not keep an image past its retention deadline.
    Star {
        /// Object ids (from `list`).
        #[arg(required = true, value_name = "OBJECT_ID", value_parser = object_id)]
        ids: Vec<String>,
    },
    /// Take the star off images.
    Unstar {
        /// Object ids (from `list`).
        #[arg(required = true, value_name = "OBJECT_ID", value_parser = object_id)]
        ids: Vec<String>,
    },
    /// Boards: named collections of images (an image may be on several).
    Board {
        /// What to do.
        #[command(subcommand)]
        action: BoardAction,
    },
    /// The prompt library (saved prompts) and the history of prompts used.
    Prompts {
        /// What to do.
        #[command(subcommand)]
        action: PromptsAction,
    },
    /// Prompt help from a provider's text model: improve a prompt, or describe an image as one.
    /// Only the text, or the one minimized image, leaves; the ledger records it.
    Prompt {
        /// What to do.
        #[command(subcommand)]
        action: PromptAction,
    },
    /// Send a task's request again as a new task (a variation): same prompt, provider, model,
    /// size, count and references (which must still be kept).
    Again {
        /// The task id (from `tasks`).
        task_id: String,
    },
    /// Write decrypted copies of objects into a folder.
    Export {
        /// Everything: every image, every task, the whole ledger.
        #[arg(long, conflicts_with_all = ["task", "ids"])]
        all: bool,
        /// One task: its references, results and ledger entries.
        #[arg(long, value_name = "TASK_ID", conflicts_with = "ids")]
        task: Option<String>,
        /// Chosen images (ids from `list`).
        #[arg(value_name = "OBJECT_ID", required_unless_present_any = ["all", "task"], value_parser = object_id)]
        ids: Vec<String>,
        /// Where: a new folder, or with --zip a new .zip file (never overwritten).
        #[arg(long, value_name = "PATH")]
        to: PathBuf,
        /// Write one .zip file instead of a folder.
        #[arg(long)]
        zip: bool,
        /// Write an encrypted backup instead: the zip sealed with age under a passphrase read from
        /// standard input (or asked for without echo); restore it with `restore`.
        #[arg(long, conflicts_with = "zip")]
        encrypt: bool,
        /// Remove embedded metadata (EXIF, XMP, C2PA provenance) from the images.
        #[arg(long)]
        strip_metadata: bool,
    },
    /// Delete tasks (with their results, references, ledger entries) or single images. Keys are destroyed.
    Delete {
        /// Task ids (from `tasks`) or object ids (from `list`).
        #[arg(required = true, value_name = "TASK_ID_OR_OBJECT_ID")]
        ids: Vec<String>,
    },
    /// Restore an encrypted backup made by `export --all --encrypt` into this vault (passphrase from stdin).
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Show everything tied to a task: references, results, prompt, provider, ledger entries, deadlines.
    Show {
        /// The task id.
        task_id: String,
    },
    /// Destroy the master key and delete the vault, index, logs, settings, consents and API keys.
    EraseAll {
        /// Confirm: this cannot be undone.
        #[arg(long)]
        yes: bool,
    },
    /// Delete everything that has expired (for cron, systemd timers, launchd, Task Scheduler).
    Purge {
        /// Act as if it were this instant (RFC 3339, e.g. 2026-12-01T00:00:00Z).
        #[arg(long, value_name = "RFC3339", value_parser = rfc3339)]
        now: Option<time::OffsetDateTime>,
    },
    /// Generate an image with a cloud provider. References are minimized (metadata removed,
    /// downscaled) before they leave; a file reference is imported into the vault first.
    Generate {
        /// The provider.
        #[arg(long, value_enum)]
        provider: ProviderId,
        /// What to make.
        #[arg(long, value_name = "TEXT")]
        prompt: String,
        /// A reference: an image file or an object id from `list` (repeatable).
        #[arg(long = "ref", value_name = "FILE_OR_OBJECT_ID")]
        refs: Vec<String>,
        /// The model (default: the configured one).
        #[arg(long)]
        model: Option<String>,
        /// The output size: an aspect ratio (16:9) or pixels (1536x1024); default: the provider's.
        #[arg(long, value_name = "S")]
        size: Option<crate::providers::Size>,
        /// How many images (1 to 10).
        #[arg(long, value_name = "N", default_value_t = 1)]
        count: u8,
        /// A resolution tier the model offers (Gemini 3: 1K, 2K, 4K; see `models`).
        #[arg(long, value_name = "TIER")]
        image_size: Option<String>,
        /// Keep faces and details of the references closer (OpenAI models that take it).
        #[arg(long)]
        input_fidelity: bool,
        /// What leaves of each reference beyond the metadata floor (repeatable, combinable):
        /// subject (crop to the person), bystanders (hide other faces), background (neutral fill).
        #[arg(long = "minimize", value_enum, value_name = "LEVEL")]
        minimize: Vec<crate::egress::levels::Level>,
        /// The subject's box in each reference, in its pixels: left, top, width, height.
        #[arg(long, value_name = "X,Y,W,H", value_parser = pixel_box)]
        subject_box: Option<crate::egress::levels::PixelBox>,
        /// Make a video (Kling or Seedance): from the prompt, and a first and last frame if given.
        #[arg(long)]
        video: bool,
        /// The video's first frame: an image file (imported as an original) or an object id.
        #[arg(long, value_name = "FILE_OR_ID", requires = "video")]
        first_frame: Option<String>,
        /// The video's last frame: an image file or an object id (needs a first frame).
        #[arg(long, value_name = "FILE_OR_ID", requires = "video")]
        last_frame: Option<String>,
        /// The video's length in seconds (see `models --video`).
        #[arg(long, value_name = "SECONDS", requires = "video")]
        duration: Option<u32>,
        /// The video's width:height, such as 16:9 (see `models --video`).
        #[arg(long, value_name = "RATIO", requires = "video")]
        aspect: Option<String>,
        /// Kling's mode (std, pro) or Seedance's resolution (480p, 720p, 1080p).
        #[arg(long, value_name = "MODE", requires = "video")]
        mode: Option<String>,
        /// Make sound too, where the model can.
        #[arg(long, requires = "video")]
        sound: bool,
    },
    /// Write exactly what would be sent for each reference into a folder, and say what each
    /// minimization level did, without sending anything.
    PreviewEgress {
        /// The provider (its size limits apply).
        #[arg(long, value_enum)]
        provider: ProviderId,
        /// A reference: an image file or an object id from `list` (repeatable).
        #[arg(long = "ref", value_name = "FILE_OR_OBJECT_ID", required = true)]
        refs: Vec<String>,
        /// Minimization levels (repeatable, combinable), as for `generate`.
        #[arg(long = "minimize", value_enum, value_name = "LEVEL")]
        minimize: Vec<crate::egress::levels::Level>,
        /// The subject's box in each reference: left, top, width, height.
        #[arg(long, value_name = "X,Y,W,H", value_parser = pixel_box)]
        subject_box: Option<crate::egress::levels::PixelBox>,
        /// The folder to write the bytes into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// List the image models of the catalog (and your own from config.toml) with what each
    /// accepts: references, sizes, resolution tiers, input fidelity, edits.
    Models {
        /// Only this provider's.
        #[arg(long, value_enum)]
        provider: Option<ProviderId>,
        /// The video models (Kling, Seedance) and their durations, ratios and modes.
        #[arg(long)]
        video: bool,
    },
    /// Change only a painted region of an image: only the part around the mask (plus a margin)
    /// leaves, and the answer is put back into the full image on this computer.
    Edit {
        /// The image (an object id from `list`).
        image: String,
        /// The mask: a PNG the size of the image, white where to edit.
        #[arg(long, value_name = "MASK.png")]
        mask: PathBuf,
        /// What to change.
        #[arg(long, value_name = "TEXT")]
        prompt: String,
        /// The provider.
        #[arg(long, value_enum)]
        provider: ProviderId,
        /// Context sent around the painted box, in percent of its size on each side.
        #[arg(long, value_name = "PERCENT", default_value_t = crate::region::DEFAULT_MARGIN)]
        margin: u32,
        /// Send the whole image instead of the part (the mask still decides what changes).
        #[arg(long)]
        whole_image: bool,
        /// The model (default: the configured one).
        #[arg(long)]
        model: Option<String>,
        /// What leaves of the part beyond the metadata floor (repeatable): bystanders (hide
        /// other faces in it), background (neutral fill around the person).
        #[arg(long = "minimize", value_enum, value_name = "LEVEL")]
        minimize: Vec<crate::egress::levels::Level>,
    },
    /// Grant, withdraw or list consent for a provider to receive your images.
    Consent {
        /// What to do.
        #[command(subcommand)]
        action: ConsentAction,
    },
    /// Show every request that left this computer: to whom, when, and exactly which images.
    Ledger,
    /// List the ID-photo specs (documents and their sizes).
    Specs,
    /// Make an ID photo on this device: import PHOTO, find the face, crop to the spec, replace the
    /// background, check compliance, store the results in the vault.
    Idphoto {
        /// The photo.
        photo: PathBuf,
        /// A spec id from `specs`, or a custom size such as 35x45mm.
        #[arg(long)]
        spec: String,
        /// white, blue, red, #RRGGBB, or keep (the photo's own background).
        #[arg(long, default_value = "white", value_parser = background)]
        background: Background,
        /// A print sheet too.
        #[arg(long, value_enum)]
        sheet: Option<SheetArg>,
        /// A digital file under N KB too (default: the spec's limit, if any).
        #[arg(long, value_name = "N")]
        max_kb: Option<u32>,
        /// Also write the photo here (.jpg or .png).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// List recent tasks (newest first) with their status and results.
    Tasks,
    /// Print a troubleshooting report: versions, what works, settings, recent warnings — no secrets, prompts or home paths.
    Diagnostics,
    /// Run a failed or cancelled generation again, as it was asked (its references must still be kept).
    Retry {
        /// The task id (from `tasks`).
        task_id: String,
    },
    /// Manage provider API keys (kept only in the OS keyring).
    Keys {
        /// What to do with keys.
        #[command(subcommand)]
        action: KeysAction,
    },
}

/// `--kind` values.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    /// Imported reference photos.
    Original,
    /// Generated or edited images and videos.
    Output,
    /// Videos.
    Video,
}

/// `seed-studio keys ...`
#[derive(Debug, Subcommand)]
pub enum KeysAction {
    /// Show which providers have a key stored (never the keys).
    List,
    /// Store a provider's key, read from stdin (a terminal prompts without echo).
    Set {
        /// The provider.
        provider: ProviderId,
    },
    /// Remove a provider's key from the keyring.
    Delete {
        /// The provider.
        provider: ProviderId,
    },
}

/// `seed-studio board ...`
#[derive(Debug, Subcommand)]
pub enum BoardAction {
    /// Make an empty board.
    Create {
        /// Its name.
        name: String,
    },
    /// Rename a board.
    Rename {
        /// Its name now.
        old: String,
        /// The new name.
        new: String,
    },
    /// Delete a board; its images stay in the vault.
    Delete {
        /// Its name.
        name: String,
    },
    /// Put images on a board.
    Add {
        /// The board.
        name: String,
        /// Object ids (from `list`).
        #[arg(required = true, value_name = "OBJECT_ID", value_parser = object_id)]
        ids: Vec<String>,
    },
    /// Take images off a board (they stay in the vault).
    Remove {
        /// The board.
        name: String,
        /// Object ids (from `list`).
        #[arg(required = true, value_name = "OBJECT_ID", value_parser = object_id)]
        ids: Vec<String>,
    },
    /// Every board with its number of images.
    List,
}

/// `seed-studio prompts ...`
#[derive(Debug, Subcommand)]
pub enum PromptsAction {
    /// Save a prompt under a name (placeholders such as {subject} are kept as typed).
    Save {
        /// Its name (a prompt of that name is replaced).
        #[arg(long)]
        name: String,
        /// The prompt.
        text: String,
    },
    /// The saved prompts, A to Z.
    List {
        /// Only prompts whose name or text contains this.
        #[arg(long, value_name = "Q")]
        query: Option<String>,
    },
    /// Delete a saved prompt.
    Delete {
        /// Its name.
        name: String,
    },
    /// The prompts used, latest first (kept as long as outputs are).
    History {
        /// Delete the whole history instead.
        #[arg(long)]
        clear: bool,
    },
}

/// `seed-studio prompt ...`
#[derive(Debug, Subcommand)]
pub enum PromptAction {
    /// Rewrite TEXT into one detailed image prompt, in the language it is written in.
    Improve {
        /// The provider (Gemini or OpenAI; Seedream has no text model).
        #[arg(long, value_enum)]
        provider: ProviderId,
        /// The prompt or idea to improve.
        #[arg(value_name = "TEXT")]
        text: String,
    },
    /// Write a prompt that would recreate an image of the vault (sent minimized, without metadata).
    Describe {
        /// The image (an object id from `list`).
        #[arg(value_name = "IMAGE_ID", value_parser = object_id)]
        image: String,
        /// The provider (Gemini or OpenAI; Seedream has no text model).
        #[arg(long, value_enum)]
        provider: ProviderId,
    },
}

/// `--sheet`: a paper size or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SheetArg {
    /// No sheet.
    None,
    /// 4×6 inches.
    #[value(name = "4x6")]
    In4x6,
    /// 10×15 cm.
    #[value(name = "10x15")]
    Cm10x15,
    /// 5×7 inches.
    #[value(name = "5x7")]
    In5x7,
    /// A4.
    A4,
    /// A6.
    A6,
}

impl SheetArg {
    pub(super) fn sheet(self) -> Option<crate::idphoto::output::Sheet> {
        use crate::idphoto::output::Sheet;
        match self {
            SheetArg::None => None,
            SheetArg::In4x6 => Some(Sheet::In4x6),
            SheetArg::Cm10x15 => Some(Sheet::Cm10x15),
            SheetArg::In5x7 => Some(Sheet::In5x7),
            SheetArg::A4 => Some(Sheet::A4),
            SheetArg::A6 => Some(Sheet::A6),
        }
    }
}

/// `seed-studio consent ...`
#[derive(Debug, Subcommand)]
pub enum ConsentAction {
    /// Allow a provider to receive prompts and minimized references.
    Grant {
        /// The provider.
        provider: ProviderId,
    },
    /// Stop sending anything to a provider.
    Withdraw {
        /// The provider.
        provider: ProviderId,
    },
    /// Show each provider's consent.
    List,
}

/// `--now`: an RFC 3339 instant.
/// `--subject-box`: four whole numbers, `X,Y,W,H`.
fn pixel_box(text: &str) -> Result<crate::egress::levels::PixelBox, String> {
    let bad = || "a box is X,Y,W,H in pixels, e.g. 120,40,800,900".to_string();
    let parts: Vec<u32> =
        text.split(',').map(|p| p.trim().parse().map_err(|_| bad())).collect::<Result<_, _>>()?;
    match parts[..] {
        [x, y, w, h] if w > 0 && h > 0 => Ok((x, y, w, h)),
        _ => Err(bad()),
    }
}

fn rfc3339(text: &str) -> Result<time::OffsetDateTime, String> {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .map_err(|_| "an RFC 3339 time is needed, e.g. 2026-12-01T00:00:00Z".to_string())
}

/// `--background`: a colour name, `#RRGGBB`, or `keep`.
fn background(text: &str) -> Result<Background, String> {
    if text.trim().eq_ignore_ascii_case("keep") {
        return Ok(Background::Keep);
    }
    crate::idphoto::spec::parse_colour(text)
        .map(Background::Colour)
        .ok_or_else(|| "white, blue, red, #RRGGBB or keep".to_string())
}

/// An object id: 32 hex digits (as `list` prints them).
fn object_id(text: &str) -> Result<String, String> {
    text.trim()
        .parse::<crate::vault::ObjectId>()
        .map(|id| id.to_string())
        .map_err(|_| "an object id is 32 hex digits, as `list` prints them".to_string())
}
