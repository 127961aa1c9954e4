# COP Portal image: gunicorn serving the portal, static files compiled in.
# Build:  docker build -t cop-portal .
# (No Docker engine runs on the team's machines; this file is checked by reading.)

# --- build stage: install dependencies, compile translations, collect static files ---
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /app
# The exact versions of the lock file, checked against their hashes, then the portal.
COPY deploy/requirements.txt deploy/requirements.txt
RUN pip install --require-hashes -r deploy/requirements.txt
COPY pyproject.toml README.md ./
COPY cop_portal/ cop_portal/
COPY guidelines/ guidelines/
COPY partners/ partners/
COPY events/ events/
COPY news/ news/
RUN pip install --no-deps .
COPY manage.py gunicorn.conf.py ./
COPY templates/ templates/
COPY static/ static/
COPY locale/ locale/
# A throw-away key: settings refuse to load without one, and nothing signed at build
# time survives into the running container.
RUN export DJANGO_SECRET_KEY="build-$(python -c 'import secrets; print(secrets.token_urlsafe(48))')" \
    && python manage.py compile_translations \
    && python manage.py collectstatic --noinput

# --- runtime stage: the virtualenv and the application, as a non-root user ---
FROM python:3.11-slim
ENV PATH=/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    DJANGO_STATIC_ROOT=/app/staticfiles DJANGO_MEDIA_ROOT=/app/media
# Pango for WeasyPrint, and the fonts of the guideline PDFs: Noto for Latin, Cyrillic and
# Arabic (fonts-noto-core), Noto Sans CJK SC for Chinese (fonts-noto-cjk).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system cop && useradd --system --gid cop --home-dir /app cop
COPY --from=build /venv /venv
COPY --from=build --chown=cop:cop /app /app
WORKDIR /app
RUN mkdir -p /app/media && chown cop:cop /app/media
USER cop
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"
CMD ["gunicorn", "--config", "gunicorn.conf.py", "cop_portal.wsgi:application"]
