"""The Debian package of the Linux bundle, for ``build.py --deb``.

The package holds what ``install.sh`` installs with ``PREFIX=/usr``: the bundle in
/usr/lib/aws-advisor, the /usr/bin/aws-advisor link, the menu entry, the metainfo, the MIME
type of workshop files and the icons. Debian's triggers (shared-mime-info,
desktop-file-utils, hicolor-icon-theme) refresh their caches on install and removal, so the
package needs no maintainer scripts.

``Depends`` names the Debian packages that own the system libraries the bundle links to and
does not carry (the desktop's graphics stack and the C library), found with ``ldd`` and
``dpkg-query -S`` on the build machine, so the package fits the release it was built on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

PACKAGE = "aws-advisor"
MAINTAINER = "AWS Advisor contributors <aws-advisor@users.noreply.github.com>"
HOMEPAGE = "https://github.com/aws-advisor/aws-advisor"
DESCRIPTION = """\
Guided AWS architecture decisions
 AWS Advisor walks you through AWS architecture decisions one plain-language
 question at a time: which EBS volume type, which load balancer, how to pay for
 EC2, which Route 53 routing policy, and about forty more. It shows the
 recommendation with its reasoning, a decision map and an architecture sketch,
 and runs architecture workshops and practice rounds.
 .
 AWS Advisor is an independent project and is not affiliated with or endorsed
 by Amazon Web Services."""


class DebError(Exception):
    """Building the package failed; the message says why."""


def deb_version(version: str) -> str:
    """The project version in Debian's spelling: 1.2.0rc1 sorts before 1.2.0 as 1.2.0~rc1."""
    return re.sub(r"(\d)(a|b|rc|\.dev)(\d+)$", r"\1~\2\3", version)


def architecture() -> str:
    result = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def linked_system_libraries(bundle: Path) -> set[Path]:
    """Absolute paths of the libraries outside the bundle that its binaries load."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    binaries = [bundle / PACKAGE, *internal.rglob("*.so*")]
    found: set[Path] = set()
    for path in binaries:
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            _, _, where = line.strip().partition(" => ")
            target = where.split(" (", 1)[0].strip()
            if target.startswith("/") and not Path(target).is_relative_to(bundle):
                found.add(Path(target))
    return found


def owning_packages(libraries: Iterable[Path]) -> set[str]:
    """The Debian packages that own these files (without the :arch qualifier)."""
    owners: set[str] = set()
    for library in sorted(libraries):
        for candidate in (library, library.resolve()):
            result = subprocess.run(
                ["dpkg-query", "-S", str(candidate)], capture_output=True, text=True
            )
            if result.returncode == 0:
                for line in result.stdout.splitlines():
                    names = line.split(": ", 1)[0]
                    owners.update(n.strip().split(":")[0] for n in names.split(","))
                break
        else:
            raise DebError(f"no Debian package owns {library}, which the bundle links to")
    return owners


def depends(bundle: Path, glibc: str) -> str:
    packages = owning_packages(linked_system_libraries(bundle)) - {"libc6"}
    return ", ".join([f"libc6 (>= {glibc})", *sorted(packages)])


def control(version: str, arch: str, depends_line: str, size_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {deb_version(version)}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends_line}\n"
        "Recommends: fonts-dejavu-core\n"
        "Section: education\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {DESCRIPTION}\n"
    )


def copyright_text(bundle: Path) -> str:
    """Debian's copyright file: the project's MIT licence, then where the notices of the
    bundled third-party software are."""
    licence = (bundle / "LICENSE").read_text(encoding="utf-8").strip()
    return (
        f"AWS Advisor\nHomepage: {HOMEPAGE}\n\n{licence}\n\n"
        "The program bundles third-party software (Python, Qt and PySide6 under LGPL-3.0, "
        "and others).\nTheir licences and notices are in "
        f"/usr/lib/{PACKAGE}/THIRD-PARTY-NOTICES.txt, with the\nfull LGPL-3.0 and GPL-3.0 "
        f"texts beside it.\n"
    )


def build_deb(bundle: Path, version: str, glibc: str, stage: Path, out_dir: Path) -> Path:
    """Stage the bundle's own install.sh below ``stage`` and pack it with dpkg-deb."""
    if shutil.which("dpkg-deb") is None:
        raise DebError("dpkg-deb was not found: build the .deb on Debian or Ubuntu")
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    env = dict(os.environ, DESTDIR=str(stage), PREFIX="/usr")
    installed = subprocess.run(
        [str(bundle / "install.sh")], env=env, capture_output=True, text=True
    )
    if installed.returncode != 0:
        raise DebError(f"install.sh into the package failed: {installed.stderr.strip()}")
    doc = stage / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(bundle), encoding="utf-8")
    size = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink())
    arch = architecture()
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        control(version, arch, depends(bundle, glibc), (size + 1023) // 1024), encoding="utf-8"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    package = out_dir / f"{PACKAGE}_{deb_version(version)}_{arch}.deb"
    print(f"+ dpkg-deb --build {package.name}", flush=True)
    built = subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(stage), str(package)],
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:
        raise DebError(f"dpkg-deb failed: {built.stderr.strip()}")
    return package
