package ex

func Greet(name string) string { return "Grüße, " + name + " 👋" }
