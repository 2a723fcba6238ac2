resource "aws_lambda_permission" "org" {
  statement_id     = "AllowOrg"
  action           = "lambda:InvokeFunction"
  function_name    = "report-generator"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "partner" {
  statement_id  = "AllowPartner"
  action        = "lambda:InvokeFunction"
  function_name = "report-generator"
  principal     = "444455556666"
}

resource "aws_lambda_permission" "bucket" {
  statement_id  = "AllowBucket"
  action        = "lambda:InvokeFunction"
  function_name = "report-generator"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::corp-uploads"
}
