variable "algorithm" {
  type = string
}

variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "configurable" {
  bucket = "corp-configurable"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.algorithm
    }
  }
}

resource "aws_s3_bucket" "elsewhere" {
  bucket = "corp-elsewhere"
}

# Which bucket this configuration belongs to is unknown: it may be the one above.
resource "aws_s3_bucket_server_side_encryption_configuration" "maybe" {
  bucket = var.bucket_name
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
