module gocourse/future

go 1.99
