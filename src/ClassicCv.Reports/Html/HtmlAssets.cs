using System.Security.Cryptography;
using System.Text;

namespace ClassicCv.Reports.Html;

/// <summary>The report's inline style sheet and its one inline script (column sorting), with the script's CSP hash.</summary>
internal static class HtmlAssets
{
    /// <summary>The style sheet: system fonts only, nothing fetched.</summary>
    public const string Css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #1f6feb; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); background: var(--bg); }
        main { max-width: 1280px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 32px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 18px 0 8px; }
        .muted { color: var(--muted); } .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 12px 0; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; } .facts dt { color: var(--muted); } .facts dd { margin: 0; overflow-wrap: anywhere; }
        code, pre { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; } pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #eef1f5; padding: 8px 10px; border-radius: 6px; margin: 0; }
        table { border-collapse: collapse; background: #fff; } th, td { padding: 5px 7px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
        th { background: #eef1f5; font-weight: 600; } td.text, th.text { text-align: left; overflow-wrap: anywhere; max-width: 22em; } td.name { min-width: 13em; overflow-wrap: break-word; } .nowrap { white-space: nowrap; overflow-wrap: normal; }
        table.sortable th { cursor: pointer; user-select: none; vertical-align: bottom; } table.sortable th::after { content: " ⇅"; color: #9aa3b2; font-size: 11px; }
        table.sortable th[data-dir="asc"]::after { content: " ▲"; color: var(--accent); } table.sortable th[data-dir="desc"]::after { content: " ▼"; color: var(--accent); }
        tr.best td { background: #fff8e1; } .ci { color: var(--muted); font-size: 12px; white-space: nowrap; }
        .scroll { overflow: auto; max-width: 100%; } .chart { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
        .pipeline { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px 18px 14px; margin: 14px 0; }
        .pipeline > summary { cursor: pointer; font-size: 18px; font-weight: 600; padding: 10px 0; }
        .two { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; } .two > div { flex: 1 1 420px; min-width: 0; }
        table.heatmap { font-size: 12px; width: max-content; } table.heatmap td { text-align: center; min-width: 26px; border: 1px solid #fff; padding: 3px 4px; }
        table.heatmap th.row { text-align: left; font-weight: 500; } table.heatmap th.row div { max-width: 14em; overflow-wrap: anywhere; }
        table.heatmap th.col { vertical-align: bottom; padding: 4px 2px; } table.heatmap th.col span { writing-mode: vertical-rl; text-orientation: sideways; transform: rotate(180deg); display: inline-block; max-height: 11em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        table.heatmap.dense td { min-width: 9px; width: 9px; height: 9px; padding: 0; font-size: 0; border-width: 0 1px 1px 0; }
        table.heatmap.dense th.col { padding: 2px 0; } table.heatmap.dense th.col span { font-size: 9px; max-height: 12em; }
        table.heatmap.dense th.row { font-size: 9px; padding: 0 4px; line-height: 10px; } table.heatmap.dense th.row div { max-width: 18em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .legend { display: inline-block; width: 160px; height: 10px; background: linear-gradient(90deg, #fff, #08306b); border: 1px solid var(--line); vertical-align: middle; }
        .gallery { display: flex; flex-wrap: wrap; gap: 10px; } .gallery figure { margin: 0; width: 118px; background: #fafbfc; border: 1px solid var(--line); border-radius: 6px; padding: 6px; text-align: center; }
        .gallery img { max-width: 96px; max-height: 96px; image-rendering: pixelated; display: block; margin: 0 auto 4px; } .gallery figcaption { font-size: 11px; overflow-wrap: anywhere; }
        .gallery .truth { color: #1a7f37; } .gallery .wrong { color: #cf222e; }
        .gallery figure.pair { width: 230px; } .gallery figure.triple { width: 330px; } .gallery figure.pair img { display: inline-block; margin: 0 2px 4px; } .glyphs img { image-rendering: auto; }
        .warn { background: #fff8c5; border-color: #e3c85b; } ul.plain { margin: 4px 0; padding-left: 20px; } ul.plain li { overflow-wrap: anywhere; }
        """;

    /// <summary>Sorts a <c>table.sortable</c> by the clicked column, by each cell's <c>data-v</c> (numbers numerically).</summary>
    public const string Script = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          table.querySelectorAll("thead th").forEach(function (header, column) {
            header.addEventListener("click", function () {
              var ascending = header.getAttribute("data-dir") !== "asc";
              table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("data-dir"); });
              header.setAttribute("data-dir", ascending ? "asc" : "desc");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column].getAttribute("data-v") || "", y = b.cells[column].getAttribute("data-v") || "";
                var nx = parseFloat(x), ny = parseFloat(y);
                var order = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """;

    /// <summary>The Content-Security-Policy: nothing from the network, only inline styles, data-URI images and the one script above.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'";
}
