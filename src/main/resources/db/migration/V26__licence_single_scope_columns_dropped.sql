-- The single scope and method list of a licence now live in licence_line_view (filled by V25).
alter table licence_view drop column categories;
alter table licence_view drop column codes;
alter table licence_view drop column excluded_codes;
alter table licence_view drop column methods;
