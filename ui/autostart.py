"""Starting the app at login: the Windows Run key, a macOS LaunchAgent, or an XDG autostart file."""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

APP_ID = "guanxi"


def launch_command() -> list[str]:
    """How to start this app: the frozen executable, or python main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    main = Path(__file__).resolve().parent.parent / "main.py"
    return [sys.executable, str(main)]


def linux_autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def mac_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"org.{APP_ID}.notebook.plist"


def set_start_at_login(enabled: bool, platform: str | None = None) -> None:
    """Turn starting at login on or off for this user."""
    platform = platform or sys.platform
    command = launch_command()
    if platform.startswith("win"):
        _windows(enabled, command)
    elif platform == "darwin":
        _mac(enabled, command)
    else:
        _linux(enabled, command)


def starts_at_login(platform: str | None = None) -> bool:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _run_key().contains("Guanxi")
    if platform == "darwin":
        return mac_agent_file().exists()
    return linux_autostart_file().exists()


def _linux(enabled: bool, command: list[str]) -> None:
    path = linux_autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Guanxi 关系本\n"
        "Comment=Relationship notebook: today's reminders\n"
        f"Exec={shlex.join(command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )


def _mac(enabled: bool, command: list[str]) -> None:
    path = mac_agent_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        plistlib.dump({"Label": f"org.{APP_ID}.notebook", "ProgramArguments": command, "RunAtLoad": True}, handle)


def _run_key():
    from PySide6.QtCore import QSettings

    return QSettings(r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run", QSettings.Format.NativeFormat)


def _windows(enabled: bool, command: list[str]) -> None:
    settings = _run_key()
    if enabled:
        settings.setValue("Guanxi", " ".join(f'"{part}"' for part in command))
    else:
        settings.remove("Guanxi")
    settings.sync()
