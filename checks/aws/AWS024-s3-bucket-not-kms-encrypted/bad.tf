resource "aws_s3_bucket" "plain" { # expect: AWS024
  bucket = "corp-plain"
}

resource "aws_s3_bucket" "sse_s3" { # expect: AWS024
  bucket = "corp-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
