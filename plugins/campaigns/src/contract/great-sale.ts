/**
 * Great Sale as the plugin's HTTP API returns it (JSON: dates are ISO strings).
 * Types only. (To be filled: the admin and store response types, written once.)
 */
export {}
