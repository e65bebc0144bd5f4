"""Visit reports as PDF (ReportLab), with no Qt.

* :mod:`kamdesk.reports.data`: :class:`VisitReportData`, everything a report
  prints in the user's language, built by :func:`report_data` from
  :func:`kamdesk.services.visits.visit_detail` and the settings;
* :mod:`kamdesk.reports.render`: ``render_visit_report(data, out)`` and
  ``render_reports(datas, out, progress, cancel)`` (imports ReportLab, so it
  is imported only when a report is drawn);
* :mod:`kamdesk.reports.export`: ``export_reports(...)`` for the command line
  and the window: one file, one combined file or one file each, never half written.
"""

from __future__ import annotations

from kamdesk.reports.data import VisitReportData, build_report_data, report_data

__all__ = ["VisitReportData", "build_report_data", "report_data"]
