//! French full-text analysis for tantivy, shared by the modules that index French text (aides, contributions…).
//!
//! The chain is: simple tokenizer → remove long tokens → lowercase → French stop words → ASCII folding →
//! French stemmer. Folding comes **before** stemming on purpose: stemming first leaves accented stems
//! (« activités » → « activit » then « activit », but « activites » → « activ »), so an unaccented query
//! would miss accented documents. Stop words are removed before folding because the stop list is
//! accented (« à », « été »).

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, TokenStream,
};

/// Name under which [`french_analyzer`] is registered in an index's tokenizer manager.
pub const FRENCH_ANALYZER: &str = "francais";

/// Tokens longer than this many bytes are dropped: they are base64 blobs or URLs, never words.
const LONGEST_TOKEN: usize = 40;

/// Builds the French analyzer (see the module documentation for the order of the filters).
pub fn french_analyzer() -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser);
    // The French stop list ships with tantivy's default `stopwords` feature; without it the chain
    // simply keeps every word, which only costs precision.
    match StopWordFilter::new(Language::French) {
        Some(stop_words) => builder
            .filter(stop_words)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::French))
            .build(),
        None => builder
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::French))
            .build(),
    }
}

/// Registers [`french_analyzer`] on `index` under [`FRENCH_ANALYZER`].
pub fn register(index: &tantivy::Index) {
    index
        .tokenizers()
        .register(FRENCH_ANALYZER, french_analyzer());
}

/// Runs the analyzer over `text` and returns the indexed terms in order (duplicates kept).
pub fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while stream.advance() {
        terms.push(stream.token().text.clone());
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        analyze(&mut french_analyzer(), text)
    }

    #[test]
    fn plural_and_singular_share_a_stem() {
        assert_eq!(terms("aide"), terms("aides"));
        assert_eq!(terms("rénovation"), terms("rénovations"));
        assert_eq!(terms("école"), terms("écoles"));
    }

    #[test]
    fn accents_and_case_are_folded_before_stemming() {
        assert_eq!(terms("Écologie"), terms("ecologie"));
        assert_eq!(terms("activités rénovation"), terms("activites renovation"));
    }

    #[test]
    fn french_stop_words_and_elided_articles_disappear() {
        assert_eq!(terms("l'écologie de la ville"), terms("écologie ville"));
        assert!(terms("le la les des").is_empty());
    }

    #[test]
    fn overlong_tokens_are_dropped() {
        let long = "a".repeat(LONGEST_TOKEN + 1);
        assert_eq!(terms(&format!("eau {long}")), terms("eau"));
    }

    #[test]
    fn verbs_meet_their_infinitive() {
        assert_eq!(terms("tester"), terms("test"));
    }
}
