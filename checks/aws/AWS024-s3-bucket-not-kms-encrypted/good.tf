resource "aws_kms_key" "s3" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "data" {
  bucket = "corp-data"
}

# Passes only thanks to the companion resource.
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}

# Provider v3 style, inline.
resource "aws_s3_bucket" "legacy" {
  bucket = "corp-legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}
