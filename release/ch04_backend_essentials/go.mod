module gocourse/ch04

go 1.25
