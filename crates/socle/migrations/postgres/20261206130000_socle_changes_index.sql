-- Processes poll the highest sequence number of one topic (socle::changes::latest) every few seconds.
CREATE INDEX IF NOT EXISTS changes_topic_seq ON changes (topic, seq);
