"""`sharewise manifest teams` writes a package Teams accepts: files at the zip root, icons the right size."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from bot.cli import main

APP_ID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
REQUIRED = ("$schema", "manifestVersion", "version", "id", "developer", "name", "description", "icons",
            "accentColor")


def _run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, Path]:
    out = tmp_path / "sharewise-teams.zip"
    result = CliRunner().invoke(main, ["manifest", "teams", *args, "-o", str(out)], env=env or {})
    return result.exit_code, result.output, out


def test_the_package_is_ready_to_upload(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    code, output, out = _run(tmp_path, "--app-id", APP_ID, "--domain", "https://sharewise.example.org/")
    assert code == 0, output
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["color.png", "manifest.json", "outline.png"]  # at the root, no folders
        manifest = json.loads(zf.read("manifest.json"))
        color = Image.open(io.BytesIO(zf.read("color.png")))
        outline = Image.open(io.BytesIO(zf.read("outline.png")))
    assert color.size == (192, 192) and outline.size == (32, 32)
    pixels = outline.convert("RGBA").get_flattened_data()
    assert {p[:3] for p in pixels if p[3]} == {(255, 255, 255)}  # white on transparent
    assert any(p[3] == 0 for p in pixels)

    assert all(k in manifest for k in REQUIRED)
    version = manifest["manifestVersion"]
    assert tuple(int(p) for p in version.split(".")) >= (1, 17)
    assert manifest["$schema"] == f"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json"
    assert manifest["id"] == APP_ID
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["description"]["short"]) <= 80
    assert len(manifest["description"]["full"]) <= 4000
    (bot,) = manifest["bots"]
    assert bot["botId"] == APP_ID
    assert set(bot["scopes"]) == {"personal", "team", "groupChat"}
    titles = {scope: [c["title"] for c in lst["commands"]] for lst in bot["commandLists"] for scope in lst["scopes"]}
    assert titles == {"team": ["seek advice", "help"], "groupChat": ["seek advice", "help"],
                      "personal": ["seek advice", "help", "export", "purge", "dsl"]}
    assert all(len(c["description"]) <= 128 for lst in bot["commandLists"] for c in lst["commands"])
    assert manifest["validDomains"] == ["sharewise.example.org"]
    assert "{{" not in json.dumps(manifest)


def test_missing_or_wrong_values_are_refused_with_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MICROSOFT_APP_ID", raising=False)
    code, output, out = _run(tmp_path, "--domain", "sharewise.example.org")
    assert code != 0 and "App ID" in output and not out.exists()
    code, output, _ = _run(tmp_path, "--app-id", "not-a-guid", "--domain", "sharewise.example.org")
    assert code != 0 and "GUID" in output
    code, output, _ = _run(tmp_path, "--app-id", APP_ID, "--domain", "bad host!")
    assert code != 0 and "host name" in output


def test_values_can_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output, out = _run(tmp_path, "--app-version", "1.2.3",
                             env={"MICROSOFT_APP_ID": APP_ID, "SHAREWISE_PUBLIC_URL": "https://bot.example.net"})
    assert code == 0, output
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["version"] == "1.2.3" and manifest["validDomains"] == ["bot.example.net"]
    assert manifest["bots"][0]["botId"] == APP_ID
