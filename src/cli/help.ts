/** The text of `khabar --help`. */
export const HELP = `khabar: news pages (HTML or plain text, English and Arabic) into a typed Article

Usage:
  khabar FILE|-  [options]           parse one page (- reads stdin) and print the Article
  khabar parse INPUT... [options]    parse many pages: one JSON line per record, in input order
  khabar schema [--quotes]           print the JSON Schema of Article (or of Quote)

INPUT is a folder (every .html, .htm and .txt in it, recursively, in sorted order),
a .jsonl / .ndjson file (optionally .gz) with one {"url", "html"} record per line,
a single page file, or - for JSONL on stdin.

Options:
  -f, --format FORMAT   json (default), markdown or text
      --quotes          add quotes and attributions (schema: print the Quote schema)
      --url URL         the page's URL: resolves links, lets a date in the URL count (one page)
      --charset NAME    the encoding when the page declares none, e.g. windows-1256
      --read-as KIND    read the input as html or text instead of sniffing it
      --language TAG    the language when known (BCP 47), e.g. ar
      --pretty          indent the JSON (one page)
  -o, --out FILE        write the batch output to FILE instead of stdout (parse)
  -w, --workers N       worker threads for parse (default: the cores but one; 1 = no threads)
      --timeout SECS    stop a record that runs longer (on a worker thread) and report it as "timeout" (parse)
  -q, --quiet           no progress bar and no summary on stderr (parse)
  -h, --help            show this help
  -v, --version         print the version

Output of parse: each line is {"source", "url", "article"} (or "markdown"/"text" with --format),
or {"source", "url", "error": {"code", "message"}} with code invalid-json, invalid-record,
missing-html, invalid-html, read-failed, parse-failed, worker-failed or timeout.

Exit codes: 0 all parsed, 1 some record failed, 2 usage error (unknown option, missing file).

Examples:
  khabar page.html --pretty
  khabar story.txt --format markdown
  curl -s https://example.com/news/1 | khabar - --url https://example.com/news/1
  khabar parse pages/ --out articles.jsonl
  khabar parse crawl.jsonl.gz --workers 2 --format text > texts.jsonl
  khabar schema > article.schema.json
`;
