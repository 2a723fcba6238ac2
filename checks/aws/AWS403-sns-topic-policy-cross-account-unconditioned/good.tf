resource "aws_sns_topic_policy" "events" {
  arn = "arn:aws:sns:eu-west-1:111122223333:events"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::444455556666:root" }
        Action    = "sns:Subscribe"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:events"
        Condition = { StringEquals = { "sns:Protocol" = "sqs" } }
      },
      {
        Effect    = "Allow"
        Principal = { Service = "events.amazonaws.com" }
        Action    = "sns:Publish"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:events"
      }
    ]
  })
}
