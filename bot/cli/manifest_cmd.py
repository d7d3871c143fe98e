"""`sharewise manifest teams`: the Teams app package (manifest.json + icons, zipped at the root) to upload."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import click

#: The repository's manifest folder; `sharewise` is run from a checkout or an image that contains it.
TEAMS_DIR = Path(__file__).resolve().parents[2] / "manifest" / "teams"
PACKAGE_FILES = ("manifest.json", "color.png", "outline.png")
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HOST = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")
_SEMVER = re.compile(r"\d+\.\d+\.\d+")


def fill(value: Any, placeholders: dict[str, str]) -> Any:
    """Replace {{NAME}} placeholders inside the parsed manifest's strings (never in its JSON text)."""
    if isinstance(value, dict):
        return {k: fill(v, placeholders) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(v, placeholders) for v in value]
    if isinstance(value, str):
        for name, replacement in placeholders.items():
            value = value.replace("{{" + name + "}}", replacement)
    return value


def build_package(app_id: str, domain: str, out: Path, app_version: str | None = None,
                  source: Path = TEAMS_DIR) -> dict[str, Any]:
    manifest = fill(json.loads((source / "manifest.json").read_text(encoding="utf-8")),
                    {"MICROSOFT_APP_ID": app_id, "BOT_DOMAIN": domain})
    if app_version:
        manifest["version"] = app_version
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for name in PACKAGE_FILES[1:]:
            zf.write(source / name, arcname=name)
    return manifest


def _domain(value: str) -> str:
    host = (urlparse(value).hostname if "://" in value else value.split("/")[0].split(":")[0]) or ""
    host = host.lower()
    if not _HOST.fullmatch(host):
        raise click.BadParameter(f"{value!r} is not a host name, e.g. sharewise.example.org", param_hint="--domain")
    return host


@click.group("manifest")
def manifest() -> None:
    """App manifests to upload to chat platforms."""


@manifest.command("teams")
@click.option("--app-id", help="The Azure Bot's Microsoft App ID (default: MICROSOFT_APP_ID).")
@click.option("--domain", help="The host Teams reaches the bot on, e.g. sharewise.example.org "
                               "(default: the host of SHAREWISE_PUBLIC_URL).")
@click.option("--app-version", help="The app version to upload (x.y.z); raise it for every re-upload.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("sharewise-teams.zip"),
              show_default=True)
def teams(app_id: str | None, domain: str | None, app_version: str | None, output: Path) -> None:
    """Write the Teams app package (zip) to upload in Teams or the Developer Portal."""
    from bot.settings import Settings

    settings = Settings()
    app_id = app_id or settings.microsoft_app_id
    domain = domain or settings.sharewise_public_url
    if not app_id or not _GUID.fullmatch(app_id):
        raise click.UsageError("Give the bot's Microsoft App ID (a GUID) with --app-id or MICROSOFT_APP_ID.")
    if not domain:
        raise click.UsageError("Give the bot's public host name with --domain or SHAREWISE_PUBLIC_URL.")
    if app_version and not _SEMVER.fullmatch(app_version):
        raise click.BadParameter("use x.y.z, e.g. 1.0.1", param_hint="--app-version")
    built = build_package(app_id.lower(), _domain(domain), output, app_version)
    click.echo(f"Wrote {output} (Teams app {built['version']}, bot {app_id.lower()}). Upload it in Teams: "
               "Apps > Manage your apps > Upload an app.")
