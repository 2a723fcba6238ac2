resource "aws_s3_bucket_lifecycle_configuration" "data" { # expect: AWS300
  bucket = "corp-data"
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }
}
