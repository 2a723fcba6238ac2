resource "aws_s3_bucket" "data" {
  bucket = "corp-data"
}

resource "aws_s3_bucket_replication_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  role   = "arn:aws:iam::123456789012:role/replication"
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::corp-data-dr"
    }
  }
}
