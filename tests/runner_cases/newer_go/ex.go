package ex

func One() int { return 1 }
