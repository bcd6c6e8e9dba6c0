"""The command line: exact commands, exit codes, messages on stderr without tracebacks."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from stratdesk.cli import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_creates_a_sound_plan_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "Café d'Été plan.stratdesk"
    assert main(["new", str(target), "--client", "Café d'Été", "--start-year", "2027"]) == 0
    assert target.exists()
    assert main(["check", str(target)]) == 0
    assert capsys.readouterr().out.strip()  # check says what it found


def test_new_refuses_an_existing_file_and_leaves_it(tmp_path: Path, capsys) -> None:
    target = tmp_path / "taken.stratdesk"
    target.write_bytes(b"not mine")
    assert main(["new", str(target), "--client", "X"]) == 1
    assert target.read_bytes() == b"not mine"
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err


def test_new_refuses_bad_values_and_writes_nothing(tmp_path: Path, capsys) -> None:
    target = tmp_path / "bad.stratdesk"
    assert main(["new", str(target), "--client", "", "--start-year", "2026"]) == 1
    assert not target.exists()
    assert main(["new", str(target), "--client", "X", "--years", "0"]) == 1
    assert not target.exists()
    assert "Traceback" not in capsys.readouterr().err


def test_demo_writes_a_plan_and_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    target = tmp_path / "demo.stratdesk"
    assert main(["demo", str(target), "--lang", "en"]) == 0
    before = _digest(target)
    assert main(["demo", str(target)]) == 1
    assert _digest(target) == before
    assert main(["check", str(target)]) == 0


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"", "empty.stratdesk"), (b"hello, I am a text file\n", "text.stratdesk")],
)
def test_check_refuses_what_is_not_a_plan(
    tmp_path: Path, content: bytes, name: str, capsys
) -> None:
    target = tmp_path / name
    target.write_bytes(content)
    assert main(["check", str(target)]) == 1
    assert target.read_bytes() == content
    captured = capsys.readouterr()
    assert captured.err.strip()
    assert "Traceback" not in captured.err


def test_check_of_a_missing_file_fails_cleanly(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "nowhere.stratdesk")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_global_lang_translates_messages(tmp_path: Path, capsys) -> None:
    target = tmp_path / "taken.stratdesk"
    target.write_bytes(b"x")
    assert main(["--lang", "fr", "new", str(target), "--client", "X"]) == 1
    assert "existe déjà" in capsys.readouterr().err


def test_usage_errors_exit_non_zero(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["new"])
    assert exc.value.code == 2


def test_module_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    target = tmp_path / "p.stratdesk"
    result = subprocess.run(
        [sys.executable, "-m", "stratdesk", "new", str(target), "--client", "Acme"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()
    bad = subprocess.run(
        [sys.executable, "-m", "stratdesk", "check", str(tmp_path / "missing.stratdesk")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr and bad.stderr.strip()
