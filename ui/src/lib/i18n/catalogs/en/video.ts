// Video: making a clip from a prompt and frames (Kling, Seedance), its preview, its remote
// status in Tasks, and playing it from the vault.

export default {
  /** Create's switch between making an image and making a video. */
  switchLabel: "What to make",
  image: "Image",
  video: "Video",
  intro:
    "A short clip from a prompt, and from photos if you like: only the frames you pick leave, minimized on this computer, and the finished video is kept in your encrypted vault.",
  promptTitle: "What happens in the video",
  promptPlaceholder: "The bottle turns slowly on a marble table in soft morning light",
  framesTitle: "Frames",
  first: "First frame",
  last: "Last frame",
  none: "None",
  pick: "Choose an image for this frame",
  remove: "Remove the frame",
  framesHint:
    "Optional. The video starts from the first frame and ends on the last one. Each is stripped of metadata, downscaled and checked against the provider's limits before anything leaves.",
  lastNeedsFirst: "A last frame needs a first frame.",
  noLastFrame: (model: string) => `${model} takes no last frame.`,
  noImages: "No images yet: import a photo in the Gallery, or drop one here.",
  optionsTitle: "Video options",
  duration: "Length",
  /** A length in seconds, already formatted ("5 s"). */
  seconds: (n: string) => `${n} s`,
  aspect: "Shape",
  aspectDefault: "The provider's choice",
  adaptive: "Follow the first frame",
  quality: "Quality",
  modes: { std: "Standard", pro: "Professional" } as Record<string, string>,
  sound: "Make sound too",
  make: "Make video",
  preparing: "Preparing the frames…",
  preview: {
    title: "What will leave for this video",
    frames: "Frames",
    noFrames: "None: the prompt only",
    length: "Length",
    firstAlt: "The first frame, as it will be sent",
    lastAlt: "The last frame, as it will be sent",
    kept: "The finished video is downloaded once, checked, and kept only in your vault; the ledger records every request and download.",
  },
  /** Tasks: where a job at the provider stands, with the time since it was accepted ("1 min 20 s"). */
  remote: {
    queued: (provider: string, elapsed: string) => `Queued at ${provider}, ${elapsed}`,
    running: (provider: string, elapsed: string) => `Being made at ${provider}, ${elapsed}`,
  },
  /** Gallery and detail. */
  badge: "Video",
  player: "Video player",
  /** While the video is read from the vault for the player (a percentage, formatted). */
  loading: (percent: string) => `Reading the video from the vault… ${percent}`,
  length: "Length",
};
