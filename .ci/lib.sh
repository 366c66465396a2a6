# Shared by the .ci scripts. Builds and tools live in a cache outside the clone, so a machine
# that is reused (or a developer's checkout) does not rebuild from scratch; an empty cache works.
SEED_CACHE="${SEED_STUDIO_CACHE:-$HOME/.cache/seed-studio}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$SEED_CACHE/target}"
export PATH="$SEED_CACHE/tools/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# step NAME COMMAND...: run a step with a header and its duration.
step() {
  local name="$1"; shift
  local start=$SECONDS
  printf '\n==> %s\n' "$name"
  "$@"
  printf '<== %s (%ss)\n' "$name" "$((SECONDS - start))"
}
