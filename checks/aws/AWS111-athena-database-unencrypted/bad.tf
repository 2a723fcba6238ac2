resource "aws_athena_database" "events" { # expect: AWS111
  name   = "events"
  bucket = "corp-athena-results"
}
