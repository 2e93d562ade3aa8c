module gocourse/ch01

go 1.25
