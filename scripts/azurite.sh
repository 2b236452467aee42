#!/usr/bin/env bash
# Installs (pinned), starts, stops and reports a local Azurite for tests and local runs.
# Usage: scripts/azurite.sh start|stop|status
# Ports: AZURITE_BLOB_PORT (10000), AZURITE_QUEUE_PORT (10001), AZURITE_TABLE_PORT (10002); host is always 127.0.0.1.
set -euo pipefail

readonly AZURITE_VERSION="3.37.0"
readonly HOST="127.0.0.1"
readonly START_TIMEOUT_SECONDS=60
readonly STOP_TIMEOUT_SECONDS=30

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly TOOLS_DIR="${REPO_ROOT}/.tools"
# Not named "azurite": npm refuses to install a package into a project of the same name.
readonly NPM_PREFIX="${TOOLS_DIR}/azurite-npm"
readonly AZURITE_JS="${NPM_PREFIX}/node_modules/azurite/dist/src/azurite.js"
readonly PID_FILE="${TOOLS_DIR}/azurite.pid"
readonly LOCATION_FILE="${TOOLS_DIR}/azurite.location"
readonly LOG_FILE="${TOOLS_DIR}/azurite.log"
readonly LOCK_FILE="${TOOLS_DIR}/azurite.lock"

BLOB_PORT="${AZURITE_BLOB_PORT:-10000}"
QUEUE_PORT="${AZURITE_QUEUE_PORT:-10001}"
TABLE_PORT="${AZURITE_TABLE_PORT:-10002}"
readonly BLOB_PORT QUEUE_PORT TABLE_PORT

log() { printf 'azurite.sh: %s\n' "$*"; }
fail() { printf 'azurite.sh: error: %s\n' "$*" >&2; exit 1; }

port_accepts() {
    # bash's /dev/tcp needs no extra tool; the subshell closes the socket at once.
    (exec 3<>"/dev/tcp/${HOST}/$1") 2>/dev/null
}

all_ports_accept() {
    port_accepts "${BLOB_PORT}" && port_accepts "${QUEUE_PORT}" && port_accepts "${TABLE_PORT}"
}

running_pid() {
    # Prints the pid of our Azurite when the pid file names a live process.
    [[ -f "${PID_FILE}" ]] || return 1
    local pid
    pid="$(cat "${PID_FILE}")"
    [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
    kill -0 "${pid}" 2>/dev/null || return 1
    printf '%s\n' "${pid}"
}

remove_location() {
    if [[ -f "${LOCATION_FILE}" ]]; then
        local location
        location="$(cat "${LOCATION_FILE}")"
        # Only ever delete the throwaway folder this script created with mktemp.
        if [[ -n "${location}" && -d "${location}" && "${location}" == "${TMPDIR:-/tmp}"/azurite.* ]]; then
            rm -rf -- "${location}"
        fi
        rm -f -- "${LOCATION_FILE}"
    fi
}

ensure_installed() {
    if [[ -f "${AZURITE_JS}" ]]; then
        return 0
    fi
    command -v node >/dev/null || fail "node is not installed (Azurite ${AZURITE_VERSION} needs Node.js)."
    command -v npm >/dev/null || fail "npm is not installed (needed to install Azurite ${AZURITE_VERSION})."
    log "installing azurite@${AZURITE_VERSION} into ${NPM_PREFIX} (about 20 s) ..."
    mkdir -p "${NPM_PREFIX}"
    # EBADENGINE warnings are expected: Azurite declares Node >= 22 but runs on Node 20.
    npm install "azurite@${AZURITE_VERSION}" --no-audit --no-fund --prefix "${NPM_PREFIX}" >"${TOOLS_DIR}/azurite-npm-install.log" 2>&1 \
        || fail "npm install azurite@${AZURITE_VERSION} failed; see ${TOOLS_DIR}/azurite-npm-install.log"
    [[ -f "${AZURITE_JS}" ]] || fail "npm install finished but ${AZURITE_JS} is missing."
}

start() {
    local pid
    if pid="$(running_pid)"; then
        log "already running (pid ${pid}) on ${HOST}:${BLOB_PORT}/${QUEUE_PORT}/${TABLE_PORT}."
        exit 0
    fi
    rm -f -- "${PID_FILE}"
    remove_location

    local port
    for port in "${BLOB_PORT}" "${QUEUE_PORT}" "${TABLE_PORT}"; do
        if port_accepts "${port}"; then
            fail "${HOST}:${port} is already in use by a process this script did not start; stop it or set AZURITE_BLOB_PORT/AZURITE_QUEUE_PORT/AZURITE_TABLE_PORT."
        fi
    done

    ensure_installed

    local location
    location="$(mktemp -d "${TMPDIR:-/tmp}/azurite.XXXXXXXX")"
    printf '%s\n' "${location}" >"${LOCATION_FILE}"

    nohup node "${AZURITE_JS}" \
        --location "${location}" \
        --blobHost "${HOST}" --queueHost "${HOST}" --tableHost "${HOST}" \
        --blobPort "${BLOB_PORT}" --queuePort "${QUEUE_PORT}" --tablePort "${TABLE_PORT}" \
        --skipApiVersionCheck --disableTelemetry --silent \
        >"${LOG_FILE}" 2>&1 </dev/null 9>&- &
    pid=$!
    printf '%s\n' "${pid}" >"${PID_FILE}"

    # Azurite accepts after 1.2-1.7 s; poll rather than sleep a fixed time.
    local deadline=$((SECONDS + START_TIMEOUT_SECONDS))
    until all_ports_accept; do
        if ! kill -0 "${pid}" 2>/dev/null; then
            rm -f -- "${PID_FILE}"
            remove_location
            fail "Azurite exited during start-up; log follows:"$'\n'"$(tail -n 40 "${LOG_FILE}" 2>/dev/null || true)"
        fi
        if ((SECONDS >= deadline)); then
            kill "${pid}" 2>/dev/null || true
            rm -f -- "${PID_FILE}"
            remove_location
            fail "Azurite (pid ${pid}) did not accept on ${HOST}:${BLOB_PORT}/${QUEUE_PORT}/${TABLE_PORT} within ${START_TIMEOUT_SECONDS} s; see ${LOG_FILE}."
        fi
        sleep 0.2
    done
    log "started (pid ${pid}) on ${HOST}: blob ${BLOB_PORT}, queue ${QUEUE_PORT}, table ${TABLE_PORT}; data in ${location}."
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f -- "${PID_FILE}"
        remove_location
        log "not running."
        exit 0
    fi
    kill "${pid}" 2>/dev/null || true
    local deadline=$((SECONDS + STOP_TIMEOUT_SECONDS))
    while kill -0 "${pid}" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            log "pid ${pid} ignored SIGTERM for ${STOP_TIMEOUT_SECONDS} s; sending SIGKILL."
            kill -9 "${pid}" 2>/dev/null || true
        fi
        sleep 0.2
    done
    rm -f -- "${PID_FILE}"
    remove_location
    log "stopped (pid ${pid})."
}

status() {
    local pid
    if pid="$(running_pid)"; then
        if all_ports_accept; then
            log "running (pid ${pid}) on ${HOST}: blob ${BLOB_PORT}, queue ${QUEUE_PORT}, table ${TABLE_PORT}."
        else
            log "process ${pid} is alive but not all ports accept yet."
        fi
        exit 0
    fi
    log "not running."
    exit 3
}

with_lock() {
    # fd 9 holds the lock; start closes it for Azurite so the lock ends with this script.
    # Test processes may call start at the same moment; one starts Azurite, the others then find it running.
    mkdir -p "${TOOLS_DIR}"
    exec 9>"${LOCK_FILE}"
    if command -v flock >/dev/null; then
        flock -w $((START_TIMEOUT_SECONDS + STOP_TIMEOUT_SECONDS)) 9 || fail "timed out waiting for ${LOCK_FILE}."
    fi
    "$@"
}

case "${1:-}" in
    start) with_lock start ;;
    stop) with_lock stop ;;
    status) status ;;
    *)
        printf 'usage: %s start|stop|status\n' "$0" >&2
        exit 2
        ;;
esac
