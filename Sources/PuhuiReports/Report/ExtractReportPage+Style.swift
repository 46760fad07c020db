extension ExtractReportPage {
    /// The page's style sheet. It is written as escaped text like everything else, so it uses
    /// no `>`, `<` or `&` (no child selectors); narrow screens get one column, print gets A4.
    static let style = """
        :root { color-scheme: light; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
          margin: 0 auto; max-width: 1120px; padding: 16px; color: #212529; line-height: 1.5; font-size: 15px; }
        h1 { font-size: 1.6em; margin: 0 0 .4em; line-height: 1.3; }
        h2 { font-size: 1.3em; border-bottom: 2px solid #1864ab; padding-bottom: .2em; margin-top: 2em; }
        h3 { font-size: 1.1em; margin-top: 1.5em; }
        .en { display: block; font-size: .78em; color: #495057; font-weight: normal; }
        h1 .en, h2 .en, h3 .en, dt .en, figcaption .en { display: inline; margin-left: .4em; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .5em 0; }
        dl.meta dt { font-weight: bold; }
        dl.meta dd { margin: 0; overflow-wrap: anywhere; }
        code { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .85em; overflow-wrap: anywhere; }
        nav ol { columns: 3; column-gap: 2em; padding-left: 1.5em; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(200px, 100%), 1fr)); gap: 10px; padding: 0; }
        .card { border: 1px solid #dee2e6; border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
        .card dt { font-size: .85em; }
        .card dd { margin: .2em 0 0; font-size: 1.2em; font-weight: bold; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(480px, 100%), 1fr)); gap: 16px; }
        figure.chart { margin: 0; border: 1px solid #dee2e6; border-radius: 6px; padding: 8px; break-inside: avoid; min-width: 0; }
        figure.wide { margin-top: 1em; }
        figcaption { font-weight: bold; margin-bottom: 4px; }
        .chart-body { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-start; }
        .chart-svg { flex: 1 1 420px; width: 100%; max-width: 760px; min-width: 0; height: auto; display: block; }
        .chart-body .scroll { flex: 1 1 260px; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; font-size: .85em; margin: .8em 0; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border: 1px solid #dee2e6; padding: 3px 6px; vertical-align: top; }
        thead th { background: #f1f3f5; text-align: left; font-weight: normal; min-width: 5em; }
        table.duties thead th { min-width: 0; text-align: center; }
        table.duties thead th .en { display: block; margin: 0; }
        tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.subtotal th, tr.subtotal td { background: #f8f9fa; font-weight: bold; }
        table.chart-data { font-size: .72em; margin-bottom: 0; }
        table.chart-data th, table.chart-data td { padding: 2px 4px; min-width: 0; }
        table.files td { font-size: .9em; }
        a.def-link { color: inherit; text-decoration: underline dotted #868e96; }
        .note { color: #495057; }
        .empty { color: #868e96; font-style: italic; }
        dl.definitions dt { font-weight: bold; margin-top: .8em; }
        dl.definitions dd { margin-left: 1.5em; }
        dl.definitions dd p { margin: .15em 0; }
        dl.definitions .unit { color: #495057; font-size: .85em; }
        footer { margin-top: 3em; font-size: .8em; color: #495057; border-top: 1px solid #dee2e6; }
        @media (max-width: 600px) {
          body { padding: 8px; font-size: 14px; }
          nav ol { columns: 1; }
          dl.meta { grid-template-columns: 1fr; }
          dl.meta dd { margin-bottom: .4em; }
          .card dd { font-size: 1.1em; }
        }
        @media print {
          @page { size: A4; margin: 12mm; }
          body { max-width: none; font-size: 9.5pt; padding: 0; }
          nav { display: none; }
          .scroll { overflow: visible; }
          a.def-link { text-decoration: none; }
          h2 { break-after: avoid; }
          .grid { grid-template-columns: 1fr 1fr; }
          tr { break-inside: avoid; }
          table.chart-data { font-size: 6.5pt; }
        }
        """
}
