FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=charity.settings.production

RUN useradd --system --no-create-home --shell /usr/sbin/nologin app

WORKDIR /app

# gettext compiles the translation catalogues (.po, kept in the repo) into the .mo files Django reads.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, so that a code change does not reinstall them.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .

# The production settings refuse to load without their secrets; collectstatic and compilemessages
# read none of them, so placeholders for this step alone keep real values out of the image. The media
# directory is created here, owned by the app user, so that a new named volume mounted on it inherits
# that owner.
RUN DJANGO_SECRET_KEY=collectstatic-only \
    DJANGO_ALLOWED_HOSTS=localhost \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    WAGTAILADMIN_BASE_URL=http://localhost \
    sh -c "python manage.py collectstatic --noinput && python manage.py compilemessages --ignore=.venv" \
    && mkdir -p /app/media \
    && chown app:app /app/media

USER app

EXPOSE 8000

CMD ["gunicorn", "--config", "docker/gunicorn.conf.py", "charity.wsgi:application"]
