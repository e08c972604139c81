package dom

// AttributeText is the text itself in the browser, where go-app sets
// attributes through the DOM and nothing is parsed as HTML; on the server
// it is escaped (attribute-text_other.go).
func AttributeText(s string) string { return s }
