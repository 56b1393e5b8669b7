"""Messages of the unit's dashboard (dashboard.py, deadlines.py, dashboard_pdf.py): code → (Vietnamese, English)."""

DASHBOARD_MESSAGES: dict[str, tuple[str, str]] = {
    # ---- verdicts against a target ----
    "dashboard.verdict.met": ("Đạt", "Met"),
    "dashboard.verdict.not_met": ("Chưa đạt", "Not met"),
    "dashboard.verdict.no_data": ("Chưa có số liệu", "No figures yet"),
    "dashboard.verdict.not_comparable": ("Không so sánh được", "Not comparable"),
    # ---- task statuses (tables.TASK_STATUSES), and none given ----
    "dashboard.status.none": ("Chưa cập nhật tình trạng", "No status given"),
    "dashboard.status.not_started": ("Chưa triển khai", "Not started"),
    "dashboard.status.in_time": ("Đang thực hiện trong hạn", "Under way, on time"),
    "dashboard.status.overdue": ("Đang thực hiện quá hạn", "Under way, overdue"),
    "dashboard.status.done_on_time": ("Hoàn thành đúng hạn", "Done on time"),
    "dashboard.status.done_late": ("Hoàn thành quá hạn", "Done late"),
    # ---- deadlines ----
    "dashboard.report_title": ("Báo cáo {vi}", "Report for {en}"),
    "dashboard.report_detail": ("{name}", "{name}"),
    "dashboard.task_title": ("{name}", "{name}"),
    "dashboard.task_detail": ("Nhiệm vụ, thời hạn ghi «{deadline}»; chủ trì: {lead}",
                              "Task, deadline written «{deadline}»; lead: {lead}"),
    "dashboard.due_left": ("{title} — hạn {due} (còn {days} ngày)", "{title} — due {due} ({days} days left)"),
    "dashboard.due_today": ("{title} — hạn {due} (hôm nay)", "{title} — due {due} (today)"),
    "dashboard.due_late": ("{title} — hạn {due} (quá hạn {days} ngày)", "{title} — due {due} ({days} days overdue)"),
    # ---- the overview PDF ----
    "dashboard.no_database": (
        "Không có tệp cơ sở dữ liệu {file}. Hãy chỉ ra tệp cơ sở dữ liệu của baocao (thường tên là "
        "baocao.sqlite). Không có gì bị thay đổi.",
        "There is no database file {file}. Name baocao's database file (usually baocao.sqlite). "
        "Nothing was changed.",
    ),
    "dashboard.pdf.title": ("TỔNG QUAN", "OVERVIEW"),
    "dashboard.pdf.subtitle": ("{unit}, số liệu đến ngày {date}", "{unit}, figures as of {date}"),
    "dashboard.pdf.no_unit": ("Đơn vị chưa chọn", "No unit chosen"),
    "dashboard.pdf.empty": ("Chưa có báo cáo nào để tổng hợp.", "There are no reports to sum up yet."),
    "dashboard.pdf.indicators": ("Chỉ tiêu: kết quả mới nhất so với mục tiêu",
                                 "Indicators: the latest figure against the targets"),
    "dashboard.pdf.no_indicators": ("Chưa có chỉ tiêu nào vừa có mục tiêu vừa có số liệu ({count} chỉ tiêu có mục "
                                    "tiêu đang chờ số liệu).",
                                    "No indicator has both a target and a figure yet ({count} indicators with "
                                    "targets await figures)."),
    "dashboard.pdf.waiting": ("Còn {count} chỉ tiêu có mục tiêu nhưng chưa có số liệu trong các báo cáo.",
                              "{count} more indicators have targets but no figures in the reports yet."),
    "dashboard.pdf.chart_note": ("Biểu đồ: các chỉ tiêu tỷ lệ (%) có kết quả và mục tiêu.",
                                 "Chart: the percentage indicators with a figure and a target."),
    "dashboard.pdf.tasks": ("Nhiệm vụ theo tình trạng", "Tasks by status"),
    "dashboard.pdf.tasks_source": ("Theo {title} ({period}): {count} nhiệm vụ.",
                                   "From {title} ({period}): {count} tasks."),
    "dashboard.pdf.no_tasks": ("Chưa có báo cáo nào có danh sách nhiệm vụ.", "No report lists tasks yet."),
    "dashboard.pdf.deadlines": ("Hạn sắp tới", "Deadlines coming up"),
    "dashboard.pdf.no_deadlines": ("Không có hạn nào sắp tới.", "No deadline is coming up."),
    "dashboard.pdf.more_indicators": ("… và {count} chỉ tiêu khác (xem trong phần mềm).",
                                      "… and {count} more indicators (see them in the app)."),
    "dashboard.pdf.more": ("… và {count} hạn khác.", "… and {count} more."),
    "dashboard.col.indicator": ("Chỉ tiêu", "Indicator"),
    "dashboard.col.latest": ("Kết quả mới nhất", "Latest figure"),
    "dashboard.col.period": ("Kỳ", "Period"),
    "dashboard.col.target": ("Mục tiêu {year}", "Target {year}"),
    "dashboard.col.verdict": ("Đánh giá", "Assessment"),
    "dashboard.col.status": ("Tình trạng", "Status"),
    "dashboard.col.count": ("Số nhiệm vụ", "Tasks"),
    "dashboard.series.value": ("Kết quả", "Figure"),
    "dashboard.draft": ("{period} (bản nháp)", "{period} (draft)"),
    "dashboard.verdict_year": ("{verdict} ({year})", "{verdict} ({year})"),
}
