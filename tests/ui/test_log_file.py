"""The log file rotates, so a long-running install never fills a disk."""

from __future__ import annotations

import logging
from pathlib import Path

from aws_advisor.ui import errors


def test_the_log_rotates_and_keeps_three_old_files(tmp_path: Path) -> None:
    path = errors.setup_logging(tmp_path)
    assert path == tmp_path / "aws-advisor.log"
    handler = errors.log.handlers[-1]
    try:
        line = "x" * 1000
        for _ in range(5 * errors.LOG_MAX_BYTES // 1000):
            errors.log.info(line)
        handler.flush()
        logs = sorted(p.name for p in tmp_path.iterdir())
        assert logs == [
            "aws-advisor.log",
            "aws-advisor.log.1",
            "aws-advisor.log.2",
            "aws-advisor.log.3",
        ]
        assert all(p.stat().st_size <= errors.LOG_MAX_BYTES for p in tmp_path.iterdir())
    finally:
        errors.log.removeHandler(handler)
        handler.close()
        errors.log.setLevel(logging.NOTSET)
