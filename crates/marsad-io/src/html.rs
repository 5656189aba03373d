//! Main-text extraction from HTML pages (a news article inside navigation, comments and
//! boilerplate).
//!
//! The work is done by `dom_smoothie`, a port of Mozilla's Readability, which scores
//! blocks by text density and link density rather than by language, so right-to-left
//! Arabic pages work as well as English ones. What this module adds: metadata (title,
//! date) with sensible fallbacks, paragraph breaks kept as newlines (marsad's paragraphs
//! are lines), and a clear "no article" outcome for pages that are not articles.

use dom_smoothie::{Config, Readability, TextMode};

/// What was extracted from a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted {
    /// The article headline (`og:title`, JSON-LD `headline` or `<title>`), if any.
    pub title: Option<String>,
    /// The publication date from metadata (`article:published_time`, JSON-LD
    /// `datePublished`, …), as given.
    pub date: Option<String>,
    /// The main text, one paragraph per line.
    pub text: String,
}

/// Fewer letters than this in the extracted text and the page is not an article (a
/// navigation page, a login form, an error page).
pub const MIN_ARTICLE_CHARS: usize = 80;

/// Extract the main article of an HTML page. `url` (absolute) resolves relative links
/// and is otherwise unused. Returns `Err(reason)` when the page holds no article.
///
/// Never panics on malformed HTML: html5ever recovers from anything, and a panic inside
/// the extractor is caught and reported as a reason.
pub fn extract(html: &str, url: Option<&str>) -> Result<Extracted, String> {
    // A relative or malformed URL makes Readability refuse the page; the URL only serves
    // to resolve links, so drop it rather than lose the article.
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let result = std::panic::catch_unwind(|| {
        let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
        let mut r = Readability::new(html, url, Some(cfg)).or_else(|_| Readability::new(html, None, None))?;
        r.parse()
    });
    let article = match result {
        Ok(Ok(a)) => a,
        Ok(Err(e)) => return Err(format!("no article found in the page ({e})")),
        Err(_) => return Err("HTML extractor failed on this page (internal error)".to_string()),
    };
    let text = tidy_text(&article.text_content);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_ARTICLE_CHARS {
        return Err(format!("no article found in the page (main text has {letters} letters)"));
    }
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    let date = article
        .published_time
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .or_else(|| meta_date(html));
    Ok(Extracted { title, date, text })
}

/// Trim each line, drop blank runs: one paragraph per line.
fn tidy_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// Fallback date: `<time datetime="…">` or a `date`/`pubdate` meta tag, found by a plain
/// scan (Readability only reads the common Open Graph and JSON-LD fields).
fn meta_date(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    for needle in ["name=\"pubdate\"", "name=\"date\"", "itemprop=\"datepublished\"", "<time "] {
        let Some(at) = lower.find(needle) else { continue };
        let tag_start = lower[..at].rfind('<').unwrap_or(at);
        let tag_end = lower[at..].find('>').map_or(lower.len(), |e| at + e);
        let tag = &html[tag_start..tag_end];
        let tag_lower = &lower[tag_start..tag_end];
        for attr in ["content=\"", "datetime=\""] {
            if let Some(p) = tag_lower.find(attr) {
                let v = &tag[p + attr.len()..];
                if let Some(q) = v.find('"') {
                    let v = v[..q].trim();
                    if v.len() >= 10 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
                        return Some(v.to_string());
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An Arabic RTL news page written for this test: navigation, a sidebar, comments and a
    /// footer around a three-paragraph article.
    pub(crate) const PAGE: &str = r#"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>وزير الخارجية يلتقي نظيره التركي | موقع الأخبار</title>
<meta property="og:title" content="وزير الخارجية يلتقي نظيره التركي">
<meta property="article:published_time" content="2019-03-04T10:00:00+03:00">
</head><body>
<nav class="menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav>
<div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/a">خبر أول عن الطقس</a></li><li><a href="/b">خبر ثان عن كرة القدم</a></li></ul></div>
<article class="article-body">
<h1>وزير الخارجية يلتقي نظيره التركي</h1>
<p>التقى وزير الخارجية العراقي محمد علي الحكيم اليوم الإثنين في بغداد نظيره التركي مولود جاووش أوغلو، وبحث الجانبان العلاقات الثنائية وسبل تعزيزها في المجالات الاقتصادية والأمنية.</p>
<p>وقال الحكيم في مؤتمر صحفي مشترك إن «العراق حريص على إقامة أفضل العلاقات مع جيرانه»، مشيراً إلى أهمية التنسيق في ملف المياه وملف مكافحة الإرهاب.</p>
<p>من جهته، أكد جاووش أوغلو أن بلاده تدعم وحدة العراق واستقراره، وأنها مستعدة للمساهمة في إعادة إعمار المدن المحررة.</p>
</article>
<div class="comments" id="comments"><h3>التعليقات</h3><p>تعليق: مقال رائع شكرا</p></div>
<footer>جميع الحقوق محفوظة © 2019</footer>
</body></html>"#;

    #[test]
    fn arabic_rtl_article_is_extracted_without_boilerplate() {
        let e = extract(PAGE, Some("https://example.com/news/1")).unwrap();
        assert_eq!(e.title.as_deref(), Some("وزير الخارجية يلتقي نظيره التركي"));
        assert_eq!(e.date.as_deref(), Some("2019-03-04T10:00:00+03:00"));
        assert!(e.text.contains("التقى وزير الخارجية العراقي"), "{}", e.text);
        assert!(e.text.contains("إعادة إعمار المدن المحررة"), "{}", e.text);
        for junk in ["الرئيسية", "الأكثر قراءة", "جميع الحقوق", "مقال رائع"] {
            assert!(!e.text.contains(junk), "boilerplate {junk:?} kept: {}", e.text);
        }
        assert!(e.text.lines().count() >= 3, "paragraphs are lines: {}", e.text);
    }

    #[test]
    fn page_without_article_is_refused_with_a_reason() {
        let page = r#"<html dir="rtl"><body><nav><a href="/">الرئيسية</a> <a href="/x">اتصل بنا</a></nav>
            <form><input name="user"><button>تسجيل الدخول</button></form></body></html>"#;
        let err = extract(page, None).unwrap_err();
        assert!(err.contains("no article"), "{err}");
    }

    #[test]
    fn garbage_and_empty_input_do_not_panic() {
        assert!(extract("", None).is_err());
        assert!(extract("<<<>>><p><div></p></b>\u{0}\u{FFFD}", None).is_err());
    }

    #[test]
    fn date_falls_back_to_time_element() {
        let page = format!(
            "<html><body><time datetime=\"2020-01-02\">٢ يناير</time><article><p>{}</p></article></body></html>",
            "قال المتحدث باسم الحكومة إن الاجتماع سيعقد غداً في العاصمة. ".repeat(5)
        );
        let e = extract(&page, None).unwrap();
        assert_eq!(e.date.as_deref(), Some("2020-01-02"));
    }
}
