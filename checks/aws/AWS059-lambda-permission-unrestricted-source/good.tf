resource "aws_sns_topic" "uploads" {
  name              = "uploads"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_lambda_permission" "from_sns" {
  statement_id  = "AllowSNS"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.uploads.arn
}

resource "aws_lambda_permission" "from_s3" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnailer"
  principal      = "s3.amazonaws.com"
  source_account = "111122223333"
}

resource "aws_lambda_permission" "cross_account" {
  statement_id  = "AllowPartner"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "444455556666"
}
