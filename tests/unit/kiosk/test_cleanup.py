"""Session-end cleanup: configured folders reset from the template, nothing outside touched.

Every path these tests create or delete is under ``tmp_path``; the system folders only ever
reach ``unsafe_folder_reason`` and the plan's constructor, which read and never write.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

import pytest

from kiosk.cleanup import (
    CleanupPlan,
    UnsafeCleanupPath,
    system_folder_reason,
    unsafe_folder_reason,
)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A template with content for Downloads only (Documents starts empty)."""
    template = tmp_path / "template"
    (template / "Downloads" / "Guides").mkdir(parents=True)
    (template / "Downloads" / "read me.txt").write_text("Welcome to the EPN")
    (template / "Downloads" / "Guides" / "printing.pdf").write_bytes(b"%PDF-1.4")
    (template / "Downloads" / "shortcut").symlink_to("read me.txt")
    return template


def write(path: Path, text: str = "visitor data") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


# --- which folders may be reset -----------------------------------------------------------


def test_a_folder_inside_home_or_under_tmp_may_be_reset(home: Path) -> None:
    assert unsafe_folder_reason(home / "Downloads", home) is None
    assert unsafe_folder_reason(home / ".mozilla" / "firefox", home) is None
    assert unsafe_folder_reason(home.parent / "scratch", home) is None


def test_tmp_itself_is_refused_but_not_its_subfolders() -> None:
    home = Path("/home/kiosk")  # the tests' own home lives under /tmp, which would hide the rule
    assert unsafe_folder_reason(Path("/tmp"), home) == "the shared folder /tmp itself"
    # another account's home, or all of them, even when the kiosk's home is elsewhere
    for shared in ("/home", "/mnt", "/media"):
        reason = unsafe_folder_reason(Path(shared), Path("/var/lib/kiosk"))
        assert reason == f"the shared folder {shared} itself"
    assert unsafe_folder_reason(Path("/tmp/kiosk-scratch"), home) is None


def test_a_folder_inside_a_home_under_root_is_allowed_but_root_itself_is_not() -> None:
    assert unsafe_folder_reason(Path("/root/Downloads"), Path("/root")) is None
    assert unsafe_folder_reason(Path("/root/Downloads"), Path("/home/kiosk")) == (
        "inside the system folder /root"
    )


@pytest.mark.parametrize(
    ("make_path", "expected"),
    [
        (lambda home: Path("/"), "the root folder"),
        (lambda home: home, "the home folder itself"),
        (lambda home: home.parent, "contains the home folder"),
        (lambda home: Path("/etc"), "a system folder"),
        (lambda home: Path("/usr/share"), "inside the system folder /usr"),
        (lambda home: Path("/var/lib/kiosk"), "inside the system folder /var"),
        (lambda home: Path("Downloads"), "not an absolute path"),
        (lambda home: home / "Downloads" / ".." / ".." / "x", '".."'),
        (lambda home: home / ".." / "home" / "Downloads", '".."'),
    ],
    ids=[
        "root",
        "home",
        "home-ancestor",
        "etc",
        "usr-share",
        "var",
        "relative",
        "dotdot",
        "dotdot-back",
    ],
)
def test_unsafe_folders_are_refused_with_the_reason(
    home: Path, make_path: Callable[[Path], Path], expected: str
) -> None:
    path = make_path(home)
    reason = unsafe_folder_reason(path, home)
    assert reason is not None
    assert expected in reason
    with pytest.raises(UnsafeCleanupPath) as caught:
        CleanupPlan([home / "Documents", path], template=None, home=home)
    assert caught.value.path == path
    assert caught.value.reason == reason
    assert str(path) in str(caught.value)
    assert not (home / "Documents").exists()  # building a plan never touches the disk


def test_a_symlink_to_a_system_folder_is_refused(home: Path) -> None:
    link = home / "Downloads"
    link.symlink_to("/etc")
    reason = unsafe_folder_reason(link, home)
    assert reason == "leads to /etc, a system folder"
    with pytest.raises(UnsafeCleanupPath, match="leads to /etc"):
        CleanupPlan([link], template=None, home=home)


def test_a_symlink_to_the_home_folder_is_refused(home: Path) -> None:
    link = home / "Downloads"
    link.symlink_to(home)
    assert unsafe_folder_reason(link, home) == f"leads to {home}, the home folder itself"


def test_windows_system_folders_are_compared_case_insensitively(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SystemRoot", raising=False)
    assert system_folder_reason(PureWindowsPath(r"c:\windows\Temp")) == (
        r"inside the system folder C:\Windows"
    )
    assert system_folder_reason(PureWindowsPath(r"C:\PROGRAM FILES (X86)")) == "a system folder"
    assert system_folder_reason(PureWindowsPath(r"C:\ProgramData\Mozilla")) is not None
    assert system_folder_reason(PureWindowsPath(r"C:\Users\kiosk\Downloads")) is None
    monkeypatch.setenv("SystemRoot", r"D:\WINNT")
    assert system_folder_reason(PureWindowsPath(r"d:\winnt\System32")) is not None


def test_the_template_must_not_overlap_a_folder(home: Path, tmp_path: Path) -> None:
    downloads = home / "Downloads"
    with pytest.raises(UnsafeCleanupPath, match="template overlaps"):
        CleanupPlan([downloads], template=downloads / "template", home=home)
    with pytest.raises(UnsafeCleanupPath, match="template overlaps"):
        CleanupPlan([downloads], template=downloads, home=home)
    with pytest.raises(UnsafeCleanupPath, match="template overlaps"):
        CleanupPlan(
            [tmp_path / "template" / "Downloads"], template=tmp_path / "template", home=home
        )


def test_a_folder_listed_twice_or_inside_another_is_refused(home: Path) -> None:
    with pytest.raises(UnsafeCleanupPath, match="overlaps the configured folder"):
        CleanupPlan([home / "Documents", home / "Documents"], template=None, home=home)
    with pytest.raises(UnsafeCleanupPath, match="overlaps the configured folder"):
        CleanupPlan([home / "Documents", home / "Documents" / "Work"], template=None, home=home)


# --- running the reset --------------------------------------------------------------------


def test_files_and_nested_folders_are_removed(home: Path) -> None:
    downloads, documents = home / "Downloads", home / "Documents"
    write(downloads / "cv.docx")
    write(downloads / "photos" / "2024" / "me.jpg")
    write(downloads / "photos" / "id.png")
    write(documents / ".hidden")
    (documents / "empty").mkdir()

    report = CleanupPlan([downloads, documents], template=None, home=home).run()

    assert tree(downloads) == set()
    assert tree(documents) == set()
    assert [f.removed_files for f in report.folders] == [3, 1]
    assert [f.removed_dirs for f in report.folders] == [2, 1]
    assert report.removed_files == 4
    assert report.removed_dirs == 3
    assert report.errors == ()


def test_nothing_outside_the_folders_is_touched(home: Path, tmp_path: Path) -> None:
    downloads = home / "Downloads"
    sibling = write(home / "Desktop" / "keep.txt", "sibling")
    in_parent = write(home / "notes.txt", "parent")
    outside_file = write(tmp_path / "elsewhere" / "secret.txt", "target")
    outside_dir = tmp_path / "elsewhere" / "album"
    write(outside_dir / "photo.jpg", "target dir")
    write(downloads / "cv.docx")
    (downloads / "link-to-file").symlink_to(outside_file)
    (downloads / "link-to-dir").symlink_to(outside_dir)
    (downloads / "link-to-home").symlink_to(home)
    (downloads / "dangling").symlink_to(tmp_path / "nowhere")

    report = CleanupPlan([downloads], template=None, home=home).run()

    assert tree(downloads) == set()
    assert report.removed_files == 5  # the file and the four links themselves
    assert sibling.read_text() == "sibling"
    assert in_parent.read_text() == "parent"
    assert outside_file.read_text() == "target"
    assert (outside_dir / "photo.jpg").read_text() == "target dir"
    assert tree(home) == {"Desktop", "Desktop/keep.txt", "notes.txt", "Downloads"}


def test_a_folder_replaced_by_a_link_loses_the_link_not_its_target(
    home: Path, tmp_path: Path
) -> None:
    downloads = home / "Downloads"
    downloads.mkdir()
    plan = CleanupPlan([downloads], template=None, home=home)
    target = tmp_path / "elsewhere"
    write(target / "precious.txt", "keep me")
    downloads.rmdir()
    downloads.symlink_to(target)  # done by a visitor between sessions

    report = plan.run()

    assert not downloads.is_symlink()
    assert downloads.is_dir()
    assert tree(downloads) == set()
    assert (target / "precious.txt").read_text() == "keep me"
    assert report.removed_files == 1


def test_a_parent_replaced_by_a_link_leaves_the_folder_alone(home: Path, tmp_path: Path) -> None:
    profile = home / ".config" / "chromium"
    write(profile / "Cookies")
    plan = CleanupPlan([profile], template=None, home=home)
    target = tmp_path / "other-config"
    write(target / "chromium" / "Cookies", "not ours")
    (home / ".config").rename(tmp_path / "moved-config")
    (home / ".config").symlink_to(target)

    report = plan.run()

    assert (target / "chromium" / "Cookies").read_text() == "not ours"
    assert len(report.errors) == 1
    assert "parent folder now leads elsewhere" in report.errors[0]


def test_the_template_content_is_restored(home: Path, template: Path) -> None:
    downloads, documents = home / "Downloads", home / "Documents"
    write(downloads / "read me.txt", "changed by a visitor")
    write(downloads / "cv.docx")
    write(documents / "letter.odt")
    plan = CleanupPlan([downloads, documents], template=template, home=home)

    report = plan.run()

    assert tree(downloads) == {"read me.txt", "Guides", "Guides/printing.pdf", "shortcut"}
    assert (downloads / "read me.txt").read_text() == "Welcome to the EPN"
    assert (downloads / "shortcut").is_symlink()
    assert os.readlink(downloads / "shortcut") == "read me.txt"
    assert tree(documents) == set()  # no template/Documents: left empty
    assert [f.restored_files for f in report.folders] == [2, 0]
    assert tree(template / "Downloads") == tree(downloads)  # the template is only read

    again = plan.run()  # the restored files of the last session are reset too

    assert again.folders[0].removed_files == 3
    assert again.folders[0].removed_dirs == 1
    assert again.restored_files == 2


def test_a_missing_folder_is_created_and_filled(home: Path, template: Path) -> None:
    downloads = home / "Downloads"
    report = CleanupPlan([downloads], template=template, home=home).run()
    assert downloads.is_dir()
    assert (downloads / "Guides" / "printing.pdf").read_bytes() == b"%PDF-1.4"
    assert report.errors == ()


def test_a_missing_template_leaves_the_folders_empty(home: Path, tmp_path: Path) -> None:
    downloads = home / "Downloads"
    write(downloads / "cv.docx")
    report = CleanupPlan([downloads], template=tmp_path / "absent", home=home).run()
    assert tree(downloads) == set()
    assert report.restored_files == 0
    assert report.errors == ()


@pytest.mark.parametrize("operation", ["unlink", "rmdir"])
def test_an_unremovable_entry_is_reported_and_the_rest_cleaned(
    home: Path, template: Path, monkeypatch: pytest.MonkeyPatch, operation: str
) -> None:
    downloads, documents = home / "Downloads", home / "Documents"
    busy = downloads / "busy.lock" if operation == "unlink" else downloads / "busy-dir"
    if operation == "unlink":
        write(busy)
    else:
        busy.mkdir(parents=True)
    write(downloads / "a.txt")
    write(downloads / "sub" / "b.txt")
    write(documents / "c.txt")
    real = getattr(os, operation)

    def refuse(path: Path, *args: object, **kwargs: object) -> None:
        if Path(path) == busy:
            raise PermissionError(13, "Permission denied")
        real(path, *args, **kwargs)

    monkeypatch.setattr(os, operation, refuse)
    report = CleanupPlan([downloads, documents], template=template, home=home).run()
    monkeypatch.undo()

    assert tree(downloads) == {busy.name}
    assert tree(documents) == set()
    first = report.folders[0]
    assert first.errors[0] == f"{busy}: Permission denied"
    assert "template not restored" in first.errors[1]
    assert first.restored_files == 0  # a leftover could be a link the copy would follow
    assert report.folders[1].errors == ()
    assert report.summary().endswith("; 2 errors")


def test_a_permission_error_is_retried_after_giving_the_owner_rights_back(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downloads = home / "Downloads"
    locked = write(downloads / "sub" / "read-only.txt")
    (downloads / "sub").chmod(0o500)
    real_unlink = os.unlink
    refused: list[Path] = []

    def refuse_while_read_only(path: Path, *args: object, **kwargs: object) -> None:
        # Root ignores permissions, so play the kernel for an unprivileged station user.
        if Path(path) == locked and not os.stat(locked.parent).st_mode & 0o200:
            refused.append(Path(path))
            raise PermissionError(13, "Permission denied")
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", refuse_while_read_only)
    report = CleanupPlan([downloads], template=None, home=home).run()
    monkeypatch.undo()

    assert refused == [locked]
    assert tree(downloads) == set()
    assert report.errors == ()


# --- clipboard and report -----------------------------------------------------------------


def test_the_clipboard_is_cleared_once(home: Path) -> None:
    calls: list[None] = []
    report = CleanupPlan(
        [], template=None, home=home, clear_clipboard=lambda: calls.append(None)
    ).run()
    assert calls == [None]
    assert report.clipboard_cleared
    assert report.summary().endswith("; clipboard cleared; 0 errors")


def test_a_clipboard_failure_is_logged_not_raised(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    downloads = home / "Downloads"
    write(downloads / "cv.docx")

    def broken() -> None:
        raise RuntimeError("no display")

    with caplog.at_level(logging.ERROR, logger="epn.kiosk.cleanup"):
        report = CleanupPlan([downloads], template=None, home=home, clear_clipboard=broken).run()

    assert tree(downloads) == set()
    assert not report.clipboard_cleared
    assert report.clipboard_error == "no display"
    assert report.errors == ("clipboard: no display",)
    assert "clipboard NOT cleared; 1 error" in report.summary()
    [record] = [r for r in caplog.records if r.name == "epn.kiosk.cleanup"]
    assert record.exc_info is not None
    assert "clipboard" in record.getMessage()


def test_the_summary_is_one_line_with_every_count(home: Path, template: Path) -> None:
    downloads, documents = home / "Downloads", home / "Documents"
    write(downloads / "cv.docx")
    write(documents / "a" / "b.txt")
    write(documents / "c.txt")
    report = CleanupPlan(
        [downloads, documents], template=template, home=home, clear_clipboard=lambda: None
    ).run()
    assert report.summary() == (
        "2 folders reset: 3 files and 1 folder removed, 2 restored from the template; "
        "clipboard cleared; 0 errors"
    )
    assert report.seconds >= 0


def test_the_summary_says_when_there_is_no_clipboard(home: Path) -> None:
    report = CleanupPlan([home / "Downloads"], template=None, home=home).run()
    assert report.summary() == (
        "1 folder reset: 0 files and 0 folders removed, 0 restored from the template; "
        "no clipboard to clear; 0 errors"
    )
