resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_policy" "events" {
  arn = aws_sns_topic.events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "events.amazonaws.com" }
        Action    = "sns:Publish"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:events"
      },
      {
        Effect    = "Allow" # expect: AWS055
        Principal = { AWS = "*" }
        Action    = ["sns:Publish", "sns:Subscribe"]
        Resource  = "arn:aws:sns:eu-west-1:111122223333:events"
      },
    ]
  })
}

resource "aws_sns_topic" "inline" {
  name              = "inline"
  kms_master_key_id = "alias/aws/sns"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow" # expect: AWS055
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:eu-west-1:111122223333:inline"
    }
  })
}
