"""The network's retention periods, in whole months, from the server config (``[server]``).

Each is an option of ``epn server`` (and of ``epn retention``), so the config file, the
command line and the daily job read one definition (:data:`OPTIONS`) and one check
(:meth:`Retention.checked`): a period that would touch the current month (under 1) is refused,
and so are periods that contradict each other (a key dropped before its usage is pseudonymised;
an unused account kept longer than the key that finds its last use).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from kiosk.protocol.privacy import RetentionSettings

#: The longest period accepted (a typing error of years in months, not a policy).
MAX_MONTHS = 240


class RetentionError(ValueError):
    """Periods that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Retention:
    """How many months each kind of data is kept (defaults: docs/PRIVACY.md)."""

    #: Sessions older than this lose their visitor (pseudonymised: the visitor's key remains).
    usage_months: int = 12
    #: Sessions older than this lose the key too (counted as sessions and hours, no visitor).
    key_months: int = 24
    #: An account unused for this long is erased (a list shows it to staff a month before).
    account_months: int = 12
    #: Audit entries older than this are deleted.
    audit_months: int = 60

    def checked(self) -> Retention:
        """Self, or RetentionError naming the setting at fault."""
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise RetentionError(f"retention {item.name}: must be a whole number of months")
            if value < 1:
                raise RetentionError(
                    f"retention {item.name}: {value} would reach into the current month; at least 1"
                )
            if value > MAX_MONTHS:
                raise RetentionError(f"retention {item.name}: {value} is over {MAX_MONTHS} months")
        if self.key_months < self.usage_months:
            raise RetentionError(
                f"retention key_months ({self.key_months}) must be at least usage_months"
                f" ({self.usage_months}): a key is dropped from usage already pseudonymised"
            )
        if self.account_months > self.key_months:
            raise RetentionError(
                f"retention account_months ({self.account_months}) must be at most key_months"
                f" ({self.key_months}): an account's last use is found through its key"
            )
        return self

    def view(self) -> RetentionSettings:
        return RetentionSettings(
            usage_months=self.usage_months,
            key_months=self.key_months,
            account_months=self.account_months,
            audit_months=self.audit_months,
        )


#: The options (long name, field, help) that carry the periods, on ``epn server`` and
#: ``epn retention``; in the config file ``retention_usage_months = 12`` and so on.
OPTIONS = (
    ("--retention-usage-months", "usage_months", "months before usage is pseudonymised"),
    ("--retention-key-months", "key_months", "months before usage loses its visitor key"),
    ("--retention-account-months", "account_months", "months without use before an account goes"),
    ("--retention-audit-months", "audit_months", "months the audit log is kept"),
)


class MonthsError(argparse.ArgumentTypeError, ValueError):
    """A bad period on the command line or in the config file (both show the message)."""


def months(text: str) -> int:
    """argparse type of a period: a whole number of at least 1 month."""
    try:
        value = int(text)
    except ValueError:
        raise MonthsError(f"{text!r} is not a whole number of months") from None
    if value < 1:
        raise MonthsError(f"{value} would reach into the current month; at least 1")
    if value > MAX_MONTHS:
        raise MonthsError(f"{value} is over {MAX_MONTHS} months")
    return value


def add_options(parser: argparse.ArgumentParser) -> None:
    defaults = Retention()
    for option, name, text in OPTIONS:
        parser.add_argument(
            option,
            type=months,
            default=getattr(defaults, name),
            metavar="MONTHS",
            help=f"{text} (default {getattr(defaults, name)})",
        )


def from_args(args: argparse.Namespace) -> Retention:
    """The periods given to a command, checked together (RetentionError)."""
    values = {name: getattr(args, "retention_" + name) for _, name, _ in OPTIONS}
    return Retention(**values).checked()


def months_before(moment: datetime, count: int) -> datetime:
    """The first instant (UTC) of the calendar month ``count`` months before ``moment``'s: the
    cut-offs fall on whole months, so a month's figures change all at once."""
    moment = moment.astimezone(UTC)
    index = moment.year * 12 + moment.month - 1 - count
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)


def months_after(moment: datetime, count: int) -> datetime:
    """``moment`` plus ``count`` calendar months (the day clamped to the month's last)."""
    index = moment.year * 12 + moment.month - 1 + count
    year, month = index // 12, index % 12 + 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
