resource "aws_athena_database" "events" {
  name   = "events"
  bucket = "corp-athena-results"
  encryption_configuration {
    encryption_option = "SSE_S3"
  }
}
