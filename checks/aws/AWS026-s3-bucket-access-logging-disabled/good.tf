variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "corp-access-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "corp-data"
}

# Passes only thanks to the companion; also marks `logs` as the log bucket.
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "corp-legacy"
  logging {
    target_bucket = "corp-access-logs"
    target_prefix = "legacy/"
  }
}

resource "aws_s3_bucket" "unclear" {
  bucket = "corp-unclear"
}

# May be the unclear bucket's logging: unknown, no finding.
resource "aws_s3_bucket_logging" "maybe" {
  bucket        = var.bucket_name
  target_bucket = "corp-access-logs"
}
