//! Small text helpers for the pages and the API.

/// The text of a short HTML fragment (incubator descriptions of beta.gouv.fr hold tags and entities).
///
/// Tags are removed, the common entities decoded, spaces collapsed. The result is plain text, escaped again by the
/// templates.
pub fn texte_brut(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            other => text.push(other),
        }
    }
    let decoded = [
        ("&nbsp;", " "),
        ("&#39;", "'"),
        ("&rsquo;", "’"),
        ("&quot;", "\""),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&eacute;", "é"),
        ("&egrave;", "è"),
        ("&agrave;", "à"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(text, |text, (entity, value)| text.replace(entity, value));
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_entities_are_decoded() {
        assert_eq!(
            texte_brut(
                "<p>La Fabrique&nbsp;num&eacute;rique</p>\n<p>de l&#39;&Eacute;cologie &amp; co</p>"
            ),
            "La Fabrique numérique de l'&Eacute;cologie & co"
        );
        assert_eq!(texte_brut("sans balise"), "sans balise");
    }
}
