# The bot's image for Fly.io (see fly.toml and the README's "Deploy to Fly.io"). No secret is baked in:
# they reach the machine as environment variables set with `fly secrets set`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    DATA_DIR=/data

WORKDIR /app

# The pinned dependencies (constraints.txt), then the bot itself, as ./scripts/run installs them.
COPY pyproject.toml constraints.txt README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY messages ./messages
COPY scheduler ./scheduler
RUN pip install -c constraints.txt . && rm -rf build *.egg-info

# A user of its own, which runs the bot. The image starts as root only for the entrypoint: Fly may mount
# the volume at DATA_DIR (fly.toml [mounts]) owned by root, so the entrypoint hands it to this user, then
# runs the command as the user (setpriv, from util-linux, in the base image). Without a volume (the
# release machine) DATA_DIR is an empty folder.
RUN useradd --uid 10001 --user-group --create-home --shell /usr/sbin/nologin bot \
    && mkdir -p /data \
    && chown bot:bot /data
COPY scripts/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh

EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
# The same start command as ./scripts/run: Telegram when TELEGRAM_TOKEN is set.
CMD ["python", "-m", "bot"]
