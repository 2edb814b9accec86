/** Test helpers of the batch runs. */

/** The processing-log settings for tests' workers: a fixed test key (never a real one). */
export const TEST_LOGBOEK = { sleutel: 'test-pseudoniemsleutel-verwerking-32-bytes-lang' } as const;
