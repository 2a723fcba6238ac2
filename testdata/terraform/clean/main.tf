resource "aws_kms_key" "app" {
  description         = "application data"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}

resource "aws_ebs_volume" "cache" {
  availability_zone = "eu-west-1b"
  size              = 20
  encrypted         = true
  kms_key_id        = aws_kms_key.app.arn
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = "org-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.app.arn
  include_global_service_events = true
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = aws_iam_role.trail.arn
  sns_topic_name                = "org-trail-deliveries"

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "org-trail"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.app.arn
}

data "aws_iam_policy_document" "key" {
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
