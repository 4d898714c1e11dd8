"""The back office's figures: per office, per day and per month, kept at ingest.

    schema      m006_figures: figures_daily / figures_monthly (counters and bucket histograms)
    ingest      project_figures[_batch] (called by BatchStore.store), on_first_answer, rebuild
    queries     Figures (store.figures): daily, monthly, offices_month, overdue_now, rebuild
    charts      bar_chart_svg, line_chart_svg, chart_table_html (server-drawn SVG)
    tables      daily_table, monthly_table, offices_month_table, open_table: the downloads' columns and rows
    anonymity   open_cells: the open figures' suppression rule (fewer than 5 citizens)
    open_figures  OpenFigures (store.open_figures): complete months for anyone, with ratings

Nothing here scans `events` except `rebuild`. Any thread (see each module). Import from the
modules themselves: this package imports nothing, because `sync.server.db` imports `schema`
while it is itself being imported.
"""
