module gocourse/ch03

go 1.25
