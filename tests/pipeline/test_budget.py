"""The time budget interrupts a document's work, even where the first alarm lands in code Python will not let raise."""
import time

import pytest

from pipeline.budget import OverBudget, time_budget


class _SlowToCollect:
    def __del__(self):
        time.sleep(0.3)  # the alarm fires in here, where an exception is printed and dropped, not raised


def test_the_work_is_interrupted_past_its_budget():
    started = time.monotonic()
    with pytest.raises(OverBudget, match="budget of 0.1 s"):
        with time_budget(0.1, "parsing"):
            time.sleep(2)
    assert time.monotonic() - started < 1


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the first alarm, dropped
def test_an_alarm_lost_in_a_finaliser_is_raised_again_soon_after():
    started = time.monotonic()
    with pytest.raises(OverBudget):
        with time_budget(0.1, "parsing"):
            _SlowToCollect()  # collected at once: its finaliser swallows the first alarm
            time.sleep(2)
    assert time.monotonic() - started < 1
