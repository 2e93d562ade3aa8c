module exercise

go 1.25

require example.com/notdownloaded v1.0.0
